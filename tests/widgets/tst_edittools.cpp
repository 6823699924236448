#include <QTest>
class TstEditTools : public QObject { Q_OBJECT };
QTEST_MAIN(TstEditTools)
#include "tst_edittools.moc"
