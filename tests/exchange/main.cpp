// exchange_tests: SqliteStore (QtSql) needs a QCoreApplication, so this
// replaces gtest_main.
#include <QCoreApplication>

#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    ::testing::InitGoogleTest(&argc, argv);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("holdfast-exchange-tests"));
    return RUN_ALL_TESTS();
}
