// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentreader.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>
#include <QXmlStreamReader>

#include <poppler-qt6.h>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

#include <memory>

namespace ecoplan {
namespace {

const QString kWordNamespace = QStringLiteral("http://schemas.openxmlformats.org/wordprocessingml/2006/main");

/// The paragraphs of a WordprocessingML body as lines. Only w:t is text: w:delText (tracked deletions) and
/// w:instrText (field codes) are not.
Result<QString> wordXmlText(const QByteArray &xml, const QString &path)
{
    QXmlStreamReader reader(xml);
    QString text;
    bool inText = false;
    while (!reader.atEnd()) {
        const auto token = reader.readNext();
        const bool word = reader.namespaceUri() == kWordNamespace;
        if (token == QXmlStreamReader::StartElement && word) {
            const auto name = reader.name();
            if (name == QLatin1String("t"))
                inText = true;
            else if (name == QLatin1String("tab"))
                text += QLatin1Char('\t');
            else if (name == QLatin1String("br") || name == QLatin1String("cr"))
                text += QLatin1Char('\n');
        } else if (token == QXmlStreamReader::EndElement && word) {
            if (reader.name() == QLatin1String("t"))
                inText = false;
            else if (reader.name() == QLatin1String("p"))
                text += QLatin1Char('\n');
        } else if (token == QXmlStreamReader::Characters && inText) {
            text += reader.text();
        }
    }
    if (reader.hasError())
        return Result<QString>::failure(DocumentReader::tr("“%1” is damaged: word/document.xml, line %2: %3")
                                            .arg(path)
                                            .arg(reader.lineNumber())
                                            .arg(reader.errorString()));
    return text;
}

} // namespace

Result<QString> DocumentReader::readText(const QString &path)
{
    using R = Result<QString>;
    const QFileInfo info(path);
    if (!info.exists())
        return R::failure(tr("“%1” does not exist.").arg(path));
    if (!info.isFile() || !info.isReadable())
        return R::failure(tr("“%1” is not a readable file.").arg(path));
    if (info.size() == 0)
        return R::failure(tr("“%1” is empty.").arg(path));
    const QString suffix = info.suffix().toLower();
    R text = suffix == QLatin1String("txt")    ? readPlainText(path)
             : suffix == QLatin1String("docx") ? readDocx(path)
             : suffix == QLatin1String("pdf")  ? readPdf(path)
                                              : R::failure(tr("“%1”: unknown kind of document “.%2”; plans "
                                                              "can be read from .txt, .docx and .pdf files.")
                                                               .arg(path, info.suffix()));
    if (text && text->trimmed().isEmpty())
        return R::failure(tr("“%1” holds no text.").arg(path));
    return text;
}

Result<QString> DocumentReader::readPlainText(const QString &path)
{
    using R = Result<QString>;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return R::failure(tr("Cannot read “%1”: %2").arg(path, f.errorString()));
    const QByteArray bytes = f.readAll();
    // Notepad's "Unicode" is UTF-16 with a byte-order mark.
    if (const auto marked = QStringConverter::encodingForData(bytes);
        marked && *marked != QStringConverter::Utf8) {
        QStringDecoder decoder(*marked);
        QString text = decoder.decode(bytes);
        if (decoder.hasError())
            return R::failure(
                tr("“%1” is not valid %2 text.").arg(path, QString::fromLatin1(decoder.name())));
        return text;
    }
    QStringDecoder utf8(QStringDecoder::Utf8);
    QString text = utf8.decode(bytes);
    if (!utf8.hasError())
        return text;
    // Not UTF-8: Chinese offices mostly save GB2312/GBK, both subsets of GB18030 (decoded by ICU).
    QStringDecoder gb18030("GB18030");
    if (!gb18030.isValid())
        return R::failure(tr("“%1” is not UTF-8, and GB18030 cannot be decoded here.").arg(path));
    text = gb18030.decode(bytes);
    if (gb18030.hasError())
        return R::failure(tr("“%1” is neither UTF-8 nor GB18030 text.").arg(path));
    return text;
}

Result<QString> DocumentReader::readDocx(const QString &path)
{
    using R = Result<QString>;
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip))
        return R::failure(tr("“%1” is not a .docx document (not a zip archive).").arg(path));
    if (!zip.setCurrentFile(QStringLiteral("word/document.xml")))
        return R::failure(tr("“%1” is not a .docx document: it has no word/document.xml.").arg(path));
    QuaZipFile part(&zip);
    if (!part.open(QIODevice::ReadOnly))
        return R::failure(tr("Cannot read word/document.xml in “%1”.").arg(path));
    const QByteArray xml = part.readAll();
    part.close();
    if (part.getZipError() != UNZ_OK)
        return R::failure(tr("“%1” is damaged: word/document.xml cannot be unpacked.").arg(path));
    return wordXmlText(xml, path);
}

Result<QString> DocumentReader::readPdf(const QString &path)
{
    using R = Result<QString>;
    std::unique_ptr<Poppler::Document> doc = Poppler::Document::load(path);
    if (!doc)
        return R::failure(tr("“%1” is not a readable PDF file.").arg(path));
    if (doc->isLocked())
        return R::failure(tr("“%1” is an encrypted PDF; save it without a password first.").arg(path));
    QStringList pages;
    bool anyText = false;
    for (int i = 0; i < doc->numPages(); ++i) {
        std::unique_ptr<Poppler::Page> page = doc->page(i);
        // An empty rectangle means the whole page; poppler orders the text as it is read, not as drawn.
        const QString text = page ? page->text(QRectF()) : QString();
        anyText = anyText || !text.trimmed().isEmpty();
        pages << text;
    }
    if (!anyText)
        return R::failure(tr("“%1” has no text layer (a scanned image?); run OCR on it or use the original "
                             "document.")
                              .arg(path));
    return pages.join(QStringLiteral("\n\n"));
}

} // namespace ecoplan
