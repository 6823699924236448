// SPDX-License-Identifier: GPL-3.0-or-later
// Protects the generated attribute form: the editor kinds chosen from the outfalls' fields (value lists,
// dates with a calendar), required markers, per-field error messages that block OK, and typed values.
#include "forms/attributeform.h"
#include "forms/fieldeditor.h"
#include "testsupport.h"

#include <QComboBox>
#include <QDate>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QToolButton>

using namespace ecoplan;

class TstAttributeForm : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void editorsFromFields();
    void missingNameShowsError();
    void valuesAreTyped();
    void dialogOkFollowsValidity();
    void nullableDateCanBeCleared();
    void chineseUiShowsChineseTitles();

private:
    QVariantMap validOutfall() const;
    QList<Field> m_fields;
};

void TstAttributeForm::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_fields = test::demoLayerFields(QStringLiteral("outfalls"));
    QVERIFY(!m_fields.isEmpty());
}

QVariantMap TstAttributeForm::validOutfall() const
{
    return {{QStringLiteral("name"), QStringLiteral("清潩河许昌段排污口")},
            {QStringLiteral("status"), QStringLiteral("in_progress")},
            {QStringLiteral("outfall_type"), QStringLiteral("industrial")},
            {QStringLiteral("discharge_m3_per_day"), 1250.5},
            {QStringLiteral("traced"), 1},
            {QStringLiteral("due_date"), QDate(2024, 12, 31)}};
}

void TstAttributeForm::editorsFromFields()
{
    AttributeForm form(m_fields);
    auto *status = qobject_cast<QComboBox *>(form.editor(QStringLiteral("status")));
    QVERIFY(status);
    QCOMPARE(status->count(), 4); // required: no empty entry
    // In the order of the work, as the schema wrote them, not sorted by code.
    const QStringList codes = {QStringLiteral("not_started"), QStringLiteral("in_progress"),
                               QStringLiteral("completed"), QStringLiteral("verified")};
    const auto &list =
        m_fields[int(std::find_if(m_fields.cbegin(), m_fields.cend(),
                                  [](const Field &f) { return f.name == QLatin1String("status"); }) -
                     m_fields.cbegin())]
            .valueList;
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(status->itemData(i).toString(), codes[i]);
        QCOMPARE(status->itemText(i),
                 inUiLanguage(list->values[i].second)); // the label is shown, the code stored
    }
    auto *type = qobject_cast<QComboBox *>(form.editor(QStringLiteral("outfall_type")));
    QVERIFY(type);
    QCOMPARE(type->count(), 6); // five types and an empty entry: the field may be left empty
    QVERIFY(type->itemData(0).isNull());

    auto *due = qobject_cast<DateFieldEdit *>(form.editor(QStringLiteral("due_date")));
    QVERIFY(due);
    QVERIFY(due->dateEdit()->calendarPopup());
    QVERIFY(qobject_cast<QLineEdit *>(form.editor(QStringLiteral("discharge_m3_per_day"))));
    QVERIFY(qobject_cast<QLineEdit *>(form.editor(QStringLiteral("notes"))));

    QCOMPARE(form.findChild<QLabel *>(QStringLiteral("label.name"))->text(), QStringLiteral("Name *"));
    QCOMPARE(form.findChild<QLabel *>(QStringLiteral("label.status"))->text(), QStringLiteral("Status *"));
    QCOMPARE(form.findChild<QLabel *>(QStringLiteral("label.notes"))->text(), QStringLiteral("Notes"));
}

void TstAttributeForm::missingNameShowsError()
{
    AttributeForm form(m_fields);
    form.setValues(validOutfall());
    QVERIFY(form.isValid());
    QVERIFY(form.errorLabel(QStringLiteral("name"))->isHidden());

    auto *name = qobject_cast<QLineEdit *>(form.editor(QStringLiteral("name")));
    name->clear(); // as the user would: the message appears as the text goes
    QVERIFY(!form.isValid());
    QLabel *error = form.errorLabel(QStringLiteral("name"));
    QVERIFY(!error->isHidden());
    QVERIFY2(error->text().contains(QStringLiteral("“Name”")), qPrintable(error->text())); // its title
    QVERIFY(error->text().contains(QStringLiteral("required")));
    QCOMPARE(form.errors().keys(), QStringList{QStringLiteral("name")});
    QVERIFY(form.errorLabel(QStringLiteral("status"))->isHidden());

    QTest::keyClicks(name, QStringLiteral("Jialu River outfall"));
    QVERIFY(form.isValid());
    QVERIFY(error->isHidden());
}

void TstAttributeForm::valuesAreTyped()
{
    AttributeForm form(m_fields);
    form.setValues(validOutfall());
    auto *discharge = qobject_cast<QLineEdit *>(form.editor(QStringLiteral("discharge_m3_per_day")));
    discharge->setText(QStringLiteral("88.5"));
    auto *type = qobject_cast<QComboBox *>(form.editor(QStringLiteral("outfall_type")));
    type->setCurrentIndex(type->findData(QStringLiteral("rainwater")));
    const QVariantMap v = form.values();
    QCOMPARE(v.value(QStringLiteral("discharge_m3_per_day")), QVariant(88.5));
    QCOMPARE(v.value(QStringLiteral("traced")), QVariant(1));
    QCOMPARE(v.value(QStringLiteral("traced")).typeId(), QMetaType::Int);
    QCOMPARE(v.value(QStringLiteral("due_date")), QVariant(QDate(2024, 12, 31)));
    QCOMPARE(v.value(QStringLiteral("status")), QVariant(QStringLiteral("in_progress")));
    QCOMPARE(v.value(QStringLiteral("outfall_type")), QVariant(QStringLiteral("rainwater")));
    QVERIFY(v.contains(QStringLiteral("notes")));
    QVERIFY(v.value(QStringLiteral("notes")).isNull()); // left empty
    QCOMPARE(v.size(), m_fields.size());

    // An integer field refuses letters as they are typed, and says what is wrong with a fraction.
    auto *traced = qobject_cast<QLineEdit *>(form.editor(QStringLiteral("traced")));
    traced->clear();
    QTest::keyClicks(traced, QStringLiteral("x1.5"));
    QCOMPARE(traced->text(), QStringLiteral("15"));
    traced->setText(QStringLiteral("1.5"));
    QVERIFY(form.errorLabel(QStringLiteral("traced"))->text().contains(QStringLiteral("whole number")));
}

void TstAttributeForm::dialogOkFollowsValidity()
{
    AttributeFormDialog dialog(m_fields, validOutfall(), QStringLiteral("Outfall"));
    QPushButton *ok = dialog.buttons()->button(QDialogButtonBox::Ok);
    QVERIFY(ok->isEnabled());
    qobject_cast<QLineEdit *>(dialog.form()->editor(QStringLiteral("name")))->clear();
    QVERIFY(!ok->isEnabled());
    dialog.accept(); // refused while a field is not valid
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    qobject_cast<QLineEdit *>(dialog.form()->editor(QStringLiteral("name")))
        ->setText(QStringLiteral("排污口"));
    QVERIFY(ok->isEnabled());

    // A new feature starts empty: name and status are required, so OK waits for them.
    AttributeFormDialog blank(m_fields, {}, QStringLiteral("New"));
    QVERIFY(!blank.buttons()->button(QDialogButtonBox::Ok)->isEnabled());
    QVERIFY(blank.form()->errors().contains(QStringLiteral("name")));
    QVERIFY(blank.form()->errors().contains(QStringLiteral("status")));
}

void TstAttributeForm::nullableDateCanBeCleared()
{
    AttributeForm form(m_fields);
    form.setValues(validOutfall());
    auto *due = qobject_cast<DateFieldEdit *>(form.editor(QStringLiteral("due_date")));
    auto *clear = due->findChild<QToolButton *>(QStringLiteral("clearDate"));
    QVERIFY(clear);
    clear->click();
    QVERIFY(form.values().value(QStringLiteral("due_date")).isNull());
    due->dateEdit()->setDate(QDate(2026, 3, 1));
    QCOMPARE(form.values().value(QStringLiteral("due_date")), QVariant(QDate(2026, 3, 1)));
}

void TstAttributeForm::chineseUiShowsChineseTitles()
{
    // Titles and value-list labels are stored "中文 / English"; the Chinese UI shows the Chinese part.
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    AttributeForm form(m_fields);
    auto *label = form.findChild<QLabel *>(QStringLiteral("label.name"));
    QVERIFY(label);
    QCOMPARE(label->text(), QStringLiteral("名称 *"));
    auto *status = qobject_cast<QComboBox *>(form.editor(QStringLiteral("status")));
    QCOMPARE(status->itemText(0), QStringLiteral("未开始"));
    form.setValues({});
    QVERIFY(form.errorLabel(QStringLiteral("name"))->text().contains(QStringLiteral("“名称”")));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

QTEST_MAIN(TstAttributeForm)
#include "tst_attributeform.moc"
