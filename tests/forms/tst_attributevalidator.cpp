// SPDX-License-Identifier: GPL-3.0-or-later
// Protects what forms and the table accept: each kind of invalid entry is refused with a message that names
// the field, valid text becomes a value of the field's type, and the field metadata (required, value
// lists) is read from the project file.
#include "forms/attributevalidator.h"
#include "testsupport.h"

#include <QDate>
#include <QTest>

using namespace ecoplan;

class TstAttributeValidator : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void fieldsReadFromFile();
    void errorsNameTheField_data();
    void errorsNameTheField();
    void convertsText();
    void validateWholeFeature();
    void displayText();

private:
    const Field &field(const QString &name) const;
    QList<Field> m_outfalls;
};

void TstAttributeValidator::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_outfalls = test::demoLayerFields(QStringLiteral("outfalls"));
    QVERIFY(!m_outfalls.isEmpty());
    // A width-limited integer and a short text, which the schema has none of.
    m_outfalls.append(Field{QStringLiteral("digits2"), QMetaType::Int, false, 2});
    m_outfalls.append(Field{QStringLiteral("short_code"), QMetaType::QString, false, 4});
}

const Field &TstAttributeValidator::field(const QString &name) const
{
    for (const Field &f : m_outfalls) {
        if (f.name == name)
            return f;
    }
    qFatal("no field %s", qPrintable(name));
}

void TstAttributeValidator::fieldsReadFromFile()
{
    QVERIFY(field(QStringLiteral("name")).isRequired);
    QVERIFY(field(QStringLiteral("status")).isRequired);
    QVERIFY(!field(QStringLiteral("notes")).isRequired);
    QCOMPARE(field(QStringLiteral("due_date")).type, QMetaType::QDate);
    QCOMPARE(field(QStringLiteral("traced")).type, QMetaType::Int);
    const auto &status = field(QStringLiteral("status")).valueList;
    QVERIFY(status);
    QCOMPARE(status->name, QStringLiteral("work_status"));
    QCOMPARE(status->values.size(), 4);
    QStringList codes;
    for (const auto &[code, label] : status->values)
        codes << code.toString();
    // In the order the schema wrote them (the order of the work), not sorted by code.
    QCOMPARE(codes, (QStringList{QStringLiteral("not_started"), QStringLiteral("in_progress"),
                                 QStringLiteral("completed"), QStringLiteral("verified")}));
    QVERIFY(status->labelOf(QStringLiteral("not_started")).contains(QStringLiteral("not started")));
    QVERIFY(field(QStringLiteral("outfall_type")).valueList);
    QCOMPARE(field(QStringLiteral("outfall_type")).valueList->values.first().first,
             QVariant(QStringLiteral("industrial")));
    QVERIFY(!field(QStringLiteral("name")).valueList);
}

void TstAttributeValidator::errorsNameTheField_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QVariant>("input");
    QTest::addColumn<QString>("expected"); // a word the message must contain
    QTest::newRow("required missing") << "name" << QVariant() << "required";
    QTest::newRow("required blank") << "name" << QVariant(QStringLiteral("   ")) << "required";
    QTest::newRow("not a number") << "discharge_m3_per_day" << QVariant(QStringLiteral("many")) << "number";
    QTest::newRow("not an integer") << "traced" << QVariant(QStringLiteral("1.5")) << "whole number";
    QTest::newRow("integer text") << "traced" << QVariant(QStringLiteral("yes")) << "number";
    QTest::newRow("out of int range") << "traced" << QVariant(QStringLiteral("3000000000")) << "between";
    QTest::newRow("out of width") << "digits2" << QVariant(QStringLiteral("100")) << "between";
    QTest::newRow("too long") << "short_code" << QVariant(QStringLiteral("ABCDE")) << "at most 4";
    QTest::newRow("not in list") << "status" << QVariant(QStringLiteral("done")) << "in_progress";
    QTest::newRow("bad date") << "due_date" << QVariant(QStringLiteral("2024-13-01")) << "YYYY-MM-DD";
    QTest::newRow("not a date") << "due_date" << QVariant(QStringLiteral("soon")) << "YYYY-MM-DD";
}

void TstAttributeValidator::errorsNameTheField()
{
    QFETCH(QString, field);
    QFETCH(QVariant, input);
    QFETCH(QString, expected);
    const Result<QVariant> r = AttributeValidator::convert(this->field(field), input);
    QVERIFY(!r.ok());
    // The field as the user reads it: its title where it has one.
    QVERIFY2(r.error().contains(QStringLiteral("“%1”").arg(this->field(field).displayName())),
             qPrintable(r.error()));
    QVERIFY2(r.error().contains(expected), qPrintable(r.error()));
}

void TstAttributeValidator::convertsText()
{
    auto convert = [this](const char *f, const QVariant &v) {
        const Result<QVariant> r = AttributeValidator::convert(field(QLatin1String(f)), v);
        return r ? *r : QVariant(QStringLiteral("error: ") + r.error());
    };
    QCOMPARE(convert("traced", QStringLiteral(" 1 ")), QVariant(1));
    QCOMPARE(convert("traced", QStringLiteral("2.0")), QVariant(2));
    QCOMPARE(convert("traced", QString()), QVariant()); // empty text: null where allowed
    QCOMPARE(convert("discharge_m3_per_day", QStringLiteral("1250.5")), QVariant(1250.5));
    QCOMPARE(convert("due_date", QStringLiteral("2024-12-31")), QVariant(QDate(2024, 12, 31)));
    QCOMPARE(convert("due_date", QDate(2025, 1, 2)), QVariant(QDate(2025, 1, 2)));
    QCOMPARE(convert("status", QStringLiteral("completed")), QVariant(QStringLiteral("completed")));
    // The label is accepted and stored as its code.
    const QString label = field(QStringLiteral("status")).valueList->labelOf(QStringLiteral("verified"));
    QCOMPARE(convert("status", label), QVariant(QStringLiteral("verified")));
    QCOMPARE(convert("name", QStringLiteral("清潩河排污口")), QVariant(QStringLiteral("清潩河排污口")));
}

void TstAttributeValidator::validateWholeFeature()
{
    const auto outcome = AttributeValidator::validate(
        m_outfalls, {{QStringLiteral("name"), QStringLiteral("")},
                     {QStringLiteral("status"), QStringLiteral("in_progress")},
                     {QStringLiteral("traced"), QStringLiteral("x")},
                     {QStringLiteral("due_date"), QStringLiteral("2024-06-30")}});
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.errors.keys(), (QStringList{QStringLiteral("name"), QStringLiteral("traced")}));
    QCOMPARE(outcome.values.value(QStringLiteral("due_date")), QVariant(QDate(2024, 6, 30)));
    QCOMPARE(outcome.values.value(QStringLiteral("status")), QVariant(QStringLiteral("in_progress")));
    QVERIFY(outcome.values.contains(QStringLiteral("notes"))); // missing: empty, allowed
    QVERIFY(outcome.values.value(QStringLiteral("notes")).isNull());
}

void TstAttributeValidator::displayText()
{
    const Field &status = field(QStringLiteral("status"));
    // The label in the UI's language: English here, Chinese in the Chinese UI.
    QCOMPARE(AttributeValidator::displayText(status, QStringLiteral("completed")),
             QStringLiteral("completed"));
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    QCOMPARE(AttributeValidator::displayText(status, QStringLiteral("completed")), QStringLiteral("已完成"));
    // Either language's label is accepted for the code.
    QCOMPARE(*AttributeValidator::convert(status, QStringLiteral("已完成")),
             QVariant(QStringLiteral("completed")));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE(AttributeValidator::displayText(field(QStringLiteral("due_date")), QDate(2024, 3, 5)),
             QStringLiteral("2024-03-05"));
    QCOMPARE(AttributeValidator::displayText(field(QStringLiteral("traced")), QVariant()), QString());
}

QTEST_GUILESS_MAIN(TstAttributeValidator)
#include "tst_attributevalidator.moc"
