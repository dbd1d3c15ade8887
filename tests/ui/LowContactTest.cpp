// Low-contact mode (issue 14): "Log contact…" records logistics without
// ending the stretch and personal contact with the same kind words as the
// urge flow; the neutral replies are copied to the clipboard and can be edited.

#include "UiFixture.h"

#include "ui/contact/LogContactDialog.h"
#include "ui/contact/ReplyTemplates.h"
#include "ui/contact/ReplyTemplatesPanel.h"
#include "ui/urge/UrgeTexts.h"

#include "model/NoContactCounter.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>

using namespace holdfast;
using holdfast::testing::UiFixture;

namespace {

class LowContactTest : public UiFixture
{
protected:
    void SetUp() override
    {
        UiFixture::SetUp();
        Settings settings = m_context->settings();
        settings.noContactSince = later(-12 * 24 * 60);
        settings.lowContact = true;
        m_context->saveSettings(settings);
    }

    template<typename T>
    static T *child(const QWidget &root, const char *name)
    {
        auto *widget = root.findChild<T *>(QLatin1String(name));
        EXPECT_NE(widget, nullptr) << name;
        return widget;
    }

    NoContactCounter counter() const
    {
        return NoContactCounter::fromSettings(m_store->settings(), m_store->contacts(), m_clock.now().utcMs);
    }
};

} // namespace

TEST_F(LowContactTest, APersonalContactRestartsTheCounterWithKindWords)
{
    ui::LogContactDialog dialog(*m_context);
    dialog.show();
    QTest::mouseClick(child<QRadioButton>(dialog, "logContactPersonalRadio"), Qt::LeftButton);
    QTest::mouseClick(child<QRadioButton>(dialog, "logContactMeRadio"), Qt::LeftButton);
    EXPECT_FALSE(child<QWidget>(dialog, "logContactRepliedCheckBox")->isEnabled()) << "a reply is to them";
    QTest::mouseClick(child<QPushButton>(dialog, "logContactSaveButton"), Qt::LeftButton);

    EXPECT_EQ(child<QLabel>(dialog, "logContactResultLabel")->text(),
              ui::UrgeTexts::message(UrgeFlowMessage::SelfCompassion));
    EXPECT_TRUE(child<QLabel>(dialog, "logContactResultLabel")->text().startsWith(QStringLiteral("That's okay.")));
    EXPECT_FALSE(child<QPushButton>(dialog, "logContactSaveButton")->isEnabled()) << "logged once";
    EXPECT_EQ(counter().attempts(), 2);
    EXPECT_EQ(counter().currentMs(), 0);
    ASSERT_EQ(m_store->contacts().size(), 1u);
    EXPECT_EQ(m_store->contacts()[0].purpose, ContactPurpose::Personal);
}

TEST_F(LowContactTest, TheirUnrepliedPersonalMessageFollowsTheReplyRule)
{
    ui::LogContactDialog dialog(*m_context);
    dialog.show();
    QTest::mouseClick(child<QRadioButton>(dialog, "logContactPersonalRadio"), Qt::LeftButton);
    QTest::mouseClick(child<QPushButton>(dialog, "logContactSaveButton"), Qt::LeftButton);
    EXPECT_EQ(child<QLabel>(dialog, "logContactResultLabel")->text(),
              ui::UrgeTexts::message(UrgeFlowMessage::TheirContactKeptCounter));
    EXPECT_EQ(counter().attempts(), 1);
}

TEST_F(LowContactTest, ALogisticsReplyKeepsTheStretch)
{
    ui::LogContactDialog dialog(*m_context);
    dialog.show();
    auto *replied = child<QWidget>(dialog, "logContactRepliedCheckBox");
    QTest::mouseClick(replied, Qt::LeftButton, {}, QPoint(replied->height() / 2, replied->height() / 2)); // on the box
    ASSERT_TRUE(dialog.save());
    EXPECT_EQ(child<QLabel>(dialog, "logContactResultLabel")->text(),
              ui::UrgeTexts::message(UrgeFlowMessage::LogisticsKeptStretch));
    EXPECT_EQ(counter().attempts(), 1);
    EXPECT_EQ(counter().currentMs(), 12 * kMsPerDay);
    ASSERT_EQ(m_store->contacts().size(), 1u);
    EXPECT_TRUE(m_store->contacts()[0].replied);
    EXPECT_EQ(m_store->contacts()[0].purpose, ContactPurpose::Logistics);
}

TEST_F(LowContactTest, AReplyIsCopiedToTheClipboardAndSaysSo)
{
    QApplication::clipboard()->clear();
    ui::ReplyTemplatesPanel panel(*m_context);
    panel.show();
    auto *list = child<QListWidget>(panel, "replyTemplatesList");
    ASSERT_EQ(list->count(), ui::ReplyTemplates::defaults().size());
    EXPECT_EQ(list->item(0)->text(), QStringLiteral("Thanks, 5 pm works."));
    list->setCurrentRow(1);
    QTest::mouseClick(child<QPushButton>(panel, "replyTemplateCopyButton"), Qt::LeftButton);

    EXPECT_EQ(QApplication::clipboard()->text(), QStringLiteral("Please send that by email."));
    const QString said = child<QLabel>(panel, "replyTemplatesStatusLabel")->text();
    EXPECT_TRUE(said.startsWith(QStringLiteral("Copied"))) << said.toStdString();
    // Announced with the button that did it.
    EXPECT_EQ(child<QPushButton>(panel, "replyTemplateCopyButton")->accessibleDescription(), said);
    EXPECT_TRUE(m_store->settings().replyTemplates.empty()) << "copying changes nothing stored";
}

TEST_F(LowContactTest, EditedRepliesAreKeptAndAnEmptyListBringsBackTheBuiltInOnes)
{
    {
        ui::ReplyTemplatesPanel panel(*m_context);
        panel.show();
        auto *list = child<QListWidget>(panel, "replyTemplatesList");
        list->item(0)->setText(QStringLiteral("Thanks, 6 pm works."));
        list->setCurrentRow(4);
        QTest::mouseClick(child<QPushButton>(panel, "replyTemplateRemoveButton"), Qt::LeftButton);
    }
    reopen();
    const std::vector<std::string> stored = m_store->settings().replyTemplates;
    ASSERT_EQ(stored.size(), 4u);
    EXPECT_EQ(stored[0], "Thanks, 6 pm works.");

    ui::ReplyTemplatesPanel panel(*m_context);
    panel.show();
    auto *list = child<QListWidget>(panel, "replyTemplatesList");
    EXPECT_EQ(list->item(0)->text(), QStringLiteral("Thanks, 6 pm works."));
    for (int i = 0; i < 4; ++i) {
        list->setCurrentRow(0);
        QTest::mouseClick(child<QPushButton>(panel, "replyTemplateRemoveButton"), Qt::LeftButton);
    }
    EXPECT_EQ(list->count(), ui::ReplyTemplates::defaults().size());
    EXPECT_TRUE(m_store->settings().replyTemplates.empty());
}
