// logic_tests: the store under test is a real SqliteStore, and QtSql needs a
// QCoreApplication (driver plugins, connection registry), so this replaces
// gtest_main.
#include <QCoreApplication>

#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    ::testing::InitGoogleTest(&argc, argv);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("holdfast-logic-tests"));
    return RUN_ALL_TESTS();
}
