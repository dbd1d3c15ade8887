// The app's handle on its store: it hands out the store open now, closes it
// around a restore, and says clearly when there is none.

#include "UiFixture.h"

#include "SqliteStoreHandle.h"

#include <QDir>
#include <QFile>

#include <memory>
#include <stdexcept>

using namespace holdfast;
using holdfast::testing::UiFixture;

namespace {

class SqliteStoreHandleTest : public UiFixture
{
protected:
    void SetUp() override
    {
        UiFixture::SetUp();
        m_context.reset();
        m_store.reset();
        m_handle = std::make_unique<app::SqliteStoreHandle>(storage::SqliteStore::open(m_dir.path()),
                                                            storage::OpenOptions{});
        m_context = std::make_unique<ui::AppContext>(*m_handle, m_clock);
    }

    void TearDown() override
    {
        UiFixture::TearDown();
        m_handle.reset();
    }

    static StoreError::Kind kindOf(const std::function<void()> &call)
    {
        try {
            call();
        } catch (const StoreError &error) {
            return error.kind();
        }
        ADD_FAILURE() << "no StoreError";
        return StoreError::Kind::Other;
    }

    std::unique_ptr<app::SqliteStoreHandle> m_handle;
};

} // namespace

TEST_F(SqliteStoreHandleTest, TheContextHandsOutTheStoreOpenAfterAReopen)
{
    m_context->store().saveReason(Reason{0, "Before", 0});
    m_handle->whileClosed([&](const QString &dataDir) {
        EXPECT_EQ(dataDir, m_dir.path());
        EXPECT_FALSE(m_handle->isOpen());
        EXPECT_EQ(kindOf([&] { m_context->store(); }), StoreError::Kind::CannotOpen);
        // What a restore does: the file changes while nothing has it open.
        auto other = storage::SqliteStore::open(dataDir);
        other->saveReason(Reason{0, "Written while closed", 1});
    });
    ASSERT_TRUE(m_handle->isOpen());
    std::vector<std::string> texts;
    for (const Reason &reason : m_context->store().reasons())
        texts.push_back(reason.text);
    EXPECT_EQ(texts, (std::vector<std::string>{"Before", "Written while closed"}));
    m_context->store().saveReason(Reason{0, "After", 2});
}

TEST_F(SqliteStoreHandleTest, WorkThatFailsIsRethrownAndTheStoreIsOpenAgain)
{
    m_context->store().saveReason(Reason{0, "Mine", 0});
    EXPECT_THROW(m_handle->whileClosed([](const QString &) { throw std::runtime_error("the copy failed"); }),
                 std::runtime_error);
    ASSERT_TRUE(m_handle->isOpen());
    EXPECT_EQ(m_context->store().reasons().size(), 1u);
}

TEST_F(SqliteStoreHandleTest, WhenReopeningFailsTheHandleStaysClosedAndSaysSo)
{
    const StoreError::Kind why = kindOf([&] {
        m_handle->whileClosed([](const QString &dataDir) {
            QFile file(QDir(dataDir).filePath(QLatin1String(storage::SqliteStore::kDatabaseFileName)));
            ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(QByteArray(8192, 'x'));
        });
    });
    EXPECT_EQ(why, StoreError::Kind::Corrupt);
    EXPECT_FALSE(m_handle->isOpen());
    EXPECT_EQ(kindOf([&] { m_handle->current(); }), StoreError::Kind::CannotOpen);
    // The screens ask through the context and get the same clear error.
    EXPECT_EQ(kindOf([&] { m_context->store().reasons(); }), StoreError::Kind::CannotOpen);
}
