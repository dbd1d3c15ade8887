#include "EveryRecord.h"

#include "StorageTestSupport.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <gtest/gtest.h>

namespace holdfast::storage::test {

OpenOptions fastKeys()
{
    OpenOptions options;
    options.fastKeyDerivation = true;
    return options;
}

EveryRecordIds fillEveryKind(Store &store, const std::string &mark)
{
    const LocalDate day{2026, 4, 2};
    const auto text = [&](const char *what) { return std::string(what) + " " + mark + " Zoë 🌙"; };
    EveryRecordIds ids;
    ids.person = store.saveSupportPerson(SupportPerson{0, text("person name"), text("+49 person contact"),
                                                       text("person note"), 0});
    store.saveSupportPerson(SupportPerson{0, "Sam", "", "", 1});
    ids.activity = store.saveActivity(Activity{0, text("activity"), 0});
    store.saveReason(Reason{0, text("reason"), 0});
    store.saveIfThenPlan(IfThenPlan{0, Trigger::Other, text("if custom trigger"), text("then plan"), 0});
    store.saveIfThenPlan(IfThenPlan{0, Trigger::NightTime, "", "put the phone away", 1});
    store.saveRiskDate(RiskDate{0, text("risk title"), LocalDate{2026, 6, 1}, true, text("risk plan"), 0});

    UrgeRecord urge;
    urge.start = localMoment(day, 21, 0);
    urge.end = localMoment(day, 21, 25);
    urge.samples = {{urge.start.utcMs, 8}, {urge.start.utcMs + 60000, 5}};
    urge.triggers = {Trigger::SocialMedia};
    urge.customTriggers = {text("custom trigger one"), text("custom trigger two")};
    urge.halt = HaltFlags{true, false, true, false};
    urge.action = ActionKind::SupportPerson;
    urge.actionId = ids.person;
    urge.actionLabel = text("action label");
    urge.outcome = UrgeOutcome::Resisted;
    urge.note = text("urge note");
    ids.urge = store.saveUrge(urge);

    ids.message = store.saveUnsentMessage(UnsentMessage{0, localMoment(day, 21, 10), localMoment(day, 21, 12),
                                                        text("unsent message"), ids.urge, std::nullopt});
    urge.id = ids.urge;
    urge.unsentMessageId = ids.message;
    store.saveUrge(urge);

    UrgeRecord plain;
    plain.start = localMoment(day, 8, 0);
    plain.samples = {{plain.start.utcMs, 3}};
    plain.outcome = UrgeOutcome::Open;
    plain.note = "morning, short";
    ids.plainUrge = store.saveUrge(plain);

    ids.contact = store.addContact(ContactEvent{0, localMoment(day, 22, 0), Initiator::Them, ContactChannel::Call,
                                                false, text("contact note"), ids.urge});
    ids.checkInDate = day;
    store.saveCheckIn(CheckIn{day, localMoment(day, 8, 30), 3, 4, text("intention")});
    store.saveLookBack(LookBack{day, localMoment(day, 22, 30), 4, text("look back helped"), text("look back tomorrow")});
    ids.journal = store.saveJournalEntry(JournalEntry{0, localMoment(day, 23, 0), localMoment(day, 23, 5),
                                                      text("journal text"), 2, {text("tag"), "evening"}});
    ids.plainJournal = store.saveJournalEntry(
        JournalEntry{0, localMoment(day, 7, 0), localMoment(day, 7, 0), "Slept well.", 4, {"morning"}});
    return ids;
}

QVariantList rawColumn(const QString &databasePath, const QString &sql)
{
    static int counter = 0;
    const QString name = QStringLiteral("test-raw-column-%1").arg(++counter);
    QVariantList values;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(databasePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            ADD_FAILURE() << db.lastError().text().toStdString();
        } else {
            QSqlQuery query(db);
            if (!query.exec(sql))
                ADD_FAILURE() << sql.toStdString() << ": " << query.lastError().text().toStdString();
            while (query.next())
                values << query.value(0);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return values;
}

} // namespace holdfast::storage::test
