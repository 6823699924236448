// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/documentreader.h"
#include "render/fontsetup.h"
#include "testsupport.h"

#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QStringEncoder>
#include <QtTest>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

using namespace ecoplan;

namespace {

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

/// A minimal .docx: the content types and the main part, as Word writes them.
bool writeDocx(const QString &path, const QByteArray &documentXml)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate))
        return false;
    const QList<QPair<QString, QByteArray>> parts = {
        {QStringLiteral("[Content_Types].xml"),
         "<?xml version='1.0' encoding='UTF-8'?><Types "
         "xmlns='http://schemas.openxmlformats.org/package/2006/content-types'><Default Extension='xml' "
         "ContentType='application/xml'/><Override PartName='/word/document.xml' "
         "ContentType='application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml'/></"
         "Types>"},
        {QStringLiteral("word/document.xml"), documentXml}};
    for (const auto &[name, bytes] : parts) {
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(name)) || file.write(bytes) != bytes.size())
            return false;
        file.close();
    }
    zip.close();
    return zip.getZipError() == 0;
}

/// A two-page PDF with Chinese text in the label font.
void writeTextPdf(const QString &path)
{
    QPdfWriter pdf(path);
    QPainter p(&pdf);
    p.setFont(QFont(labelFontFamily(), 14));
    p.drawText(QPointF(200, 400), QStringLiteral("许昌市生态环境保护规划"));
    p.drawText(QPointF(200, 800), QStringLiteral("禹州市和长葛市"));
    pdf.newPage();
    p.drawText(QPointF(200, 400), QStringLiteral("清潩河"));
}

} // namespace

class TestDocumentReader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        test::setUpFonts();
    }

    void readsUtf8Text()
    {
        const QString path = m_dir.filePath(QStringLiteral("plan.txt"));
        QVERIFY(writeFile(path, QStringLiteral("许昌市生态环境\n禹州市、长葛市\n").toUtf8()));
        auto text = DocumentReader::readText(path);
        QVERIFY2(text.ok(), qPrintable(text.error()));
        QCOMPARE(*text, QStringLiteral("许昌市生态环境\n禹州市、长葛市\n"));

        // Notepad's UTF-8 starts with a byte-order mark, which is not text.
        QVERIFY(writeFile(path, QByteArray("\xEF\xBB\xBF") + QStringLiteral("许昌市").toUtf8()));
        text = DocumentReader::readText(path);
        QVERIFY2(text.ok(), qPrintable(text.error()));
        QCOMPARE(*text, QStringLiteral("许昌市"));
    }

    void readsGb18030Text()
    {
        QStringEncoder encoder("GB18030");
        QVERIFY2(encoder.isValid(), "Qt cannot encode GB18030 (ICU)");
        const QString plan = QStringLiteral("许昌市推动生态环境质量稳定向好三年行动实施方案\n清潩河、颍河\n");
        const QByteArray bytes = encoder.encode(plan);
        QVERIFY(bytes != plan.toUtf8());
        const QString path = m_dir.filePath(QStringLiteral("gb.txt"));
        QVERIFY(writeFile(path, bytes));
        auto text = DocumentReader::readText(path);
        QVERIFY2(text.ok(), qPrintable(text.error()));
        QCOMPARE(*text, plan);
    }

    void readsUtf16WithBom()
    {
        const QString plan = QStringLiteral("许昌市\n鄢陵县\n");
        QStringEncoder encoder(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
        const QString path = m_dir.filePath(QStringLiteral("utf16.txt"));
        QVERIFY(writeFile(path, encoder.encode(plan)));
        auto text = DocumentReader::readText(path);
        QVERIFY2(text.ok(), qPrintable(text.error()));
        QCOMPARE(*text, plan);
    }

    void readsDocxParagraphs()
    {
        const QByteArray xml =
            "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
            "<w:document xmlns:w='http://schemas.openxmlformats.org/wordprocessingml/2006/main'><w:body>\n"
            "<w:p><w:r><w:t>许昌市推动生态环境</w:t></w:r><w:r><w:t xml:space='preserve'>质量 "
            "稳定向好</w:t></w:r></w:p>\n"
            "<w:p><w:r><w:t>一、</w:t></w:r><w:r><w:tab/><w:t>禹州市</w:t></w:r><w:r><w:br/><w:t>长葛市</"
            "w:t></w:r></w:p>\n"
            "<w:p><w:r><w:delText>删除的</w:delText><w:t>清潩河</w:t></w:r></w:p>\n"
            "</w:body></w:document>";
        const QString path = m_dir.filePath(QStringLiteral("plan.docx"));
        QVERIFY(writeDocx(path, xml));
        auto text = DocumentReader::readText(path);
        QVERIFY2(text.ok(), qPrintable(text.error()));
        QCOMPARE(*text, QStringLiteral("许昌市推动生态环境质量 稳定向好\n一、\t禹州市\n长葛市\n清潩河\n"));
    }

    void readsPdfText()
    {
        const QString path = m_dir.filePath(QStringLiteral("plan.pdf"));
        writeTextPdf(path);
        auto text = DocumentReader::readText(path);
        QVERIFY2(text.ok(), qPrintable(text.error()));
        const QString plain = QString(*text).remove(QRegularExpression(QStringLiteral("\\s")));
        QCOMPARE(plain, QStringLiteral("许昌市生态环境保护规划禹州市和长葛市清潩河"));
        // Reading order: the first line before the second, page one before page two.
        QVERIFY(text->indexOf(QStringLiteral("规划")) < text->indexOf(QStringLiteral("禹州")));
    }

    void encryptedPdfFails()
    {
        const QString qpdf = QStandardPaths::findExecutable(QStringLiteral("qpdf"));
        if (qpdf.isEmpty())
            QSKIP("qpdf is not installed (installer/install-deps.sh installs it)");
        const QString plain = m_dir.filePath(QStringLiteral("open.pdf"));
        const QString path = m_dir.filePath(QStringLiteral("locked.pdf"));
        writeTextPdf(plain);
        QCOMPARE(QProcess::execute(qpdf, {QStringLiteral("--encrypt"), QStringLiteral("secret"),
                                          QStringLiteral("owner"), QStringLiteral("256"),
                                          QStringLiteral("--"), plain, path}),
                 0);
        auto text = DocumentReader::readText(path);
        QVERIFY(!text.ok());
        QVERIFY2(text.error().contains(QStringLiteral("encrypted")), qPrintable(text.error()));
        QVERIFY(text.error().contains(path));
    }

    void pdfWithoutTextLayerFails()
    {
        const QString path = m_dir.filePath(QStringLiteral("scan.pdf"));
        {
            QPdfWriter pdf(path);
            QPainter p(&pdf);
            QImage scan(400, 300, QImage::Format_RGB32);
            scan.fill(Qt::white);
            QPainter(&scan).fillRect(50, 50, 300, 20, Qt::black);
            p.drawImage(QRectF(100, 100, 4000, 3000), scan);
        }
        auto text = DocumentReader::readText(path);
        QVERIFY(!text.ok());
        QVERIFY2(text.error().contains(QStringLiteral("no text layer")), qPrintable(text.error()));
        QVERIFY(text.error().contains(path));
    }

    void failsWithReasons_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason");
        QByteArray noise(4096, '\0');
        for (char &c : noise)
            c = char(QRandomGenerator::global()->bounded(256));
        QTest::newRow("missing") << QStringLiteral("missing.txt") << QByteArray()
                                 << QStringLiteral("does not exist");
        QTest::newRow("empty") << QStringLiteral("empty.txt") << QByteArray("") << QStringLiteral("is empty");
        QTest::newRow("blank") << QStringLiteral("blank.txt") << QByteArray(" \n\n")
                               << QStringLiteral("no text");
        QTest::newRow("random .docx")
            << QStringLiteral("noise.docx") << noise << QStringLiteral("not a .docx");
        QTest::newRow("random .pdf") << QStringLiteral("noise.pdf") << noise
                                     << QStringLiteral("not a readable PDF");
        QTest::newRow("unknown extension")
            << QStringLiteral("plan.odt") << QByteArray("x") << QStringLiteral("unknown kind of document");
    }
    void failsWithReasons()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        const QString path = m_dir.filePath(name);
        if (name != QLatin1String("missing.txt"))
            QVERIFY(writeFile(path, bytes));
        auto text = DocumentReader::readText(path);
        QVERIFY(!text.ok());
        QVERIFY2(text.error().contains(reason), qPrintable(text.error()));
        QVERIFY2(text.error().contains(path), qPrintable(text.error()));
    }

    void zipWithoutDocumentFails()
    {
        const QString path = m_dir.filePath(QStringLiteral("other.docx"));
        QuaZip zip(path);
        QVERIFY(zip.open(QuaZip::mdCreate));
        QuaZipFile file(&zip);
        QVERIFY(file.open(QIODevice::WriteOnly, QuaZipNewInfo(QStringLiteral("content.xml"))));
        file.write("<x/>");
        file.close();
        zip.close();
        auto text = DocumentReader::readText(path);
        QVERIFY(!text.ok());
        QVERIFY2(text.error().contains(QStringLiteral("word/document.xml")), qPrintable(text.error()));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestDocumentReader)
#include "tst_documentreader.moc"
