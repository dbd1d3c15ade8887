#include "HeavyFolder.h"

#include "model/StoreError.h"
#include "storage/SqliteStore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <map>

using namespace Qt::StringLiterals;

namespace holdfast::datagen {

namespace {

// A store without importData (older builds): the same records, saved one by
// one with the ids mapped. The store's own connection skips fsync meanwhile,
// or a million urges would take hours.
class PerRecordWriter
{
public:
    explicit PerRecordWriter(Store &store) : m_store(store)
    {
        for (const QString &name : QSqlDatabase::connectionNames()) {
            if (name.startsWith(u"holdfast-store-"_s)) {
                QSqlQuery query(QSqlDatabase::database(name, false));
                query.exec(u"PRAGMA synchronous = OFF"_s);
            }
        }
    }

    void write(const DataSet &batch)
    {
        for (const Reason &item : batch.reasons)
            m_store.saveReason(withoutId(item));
        for (const SupportPerson &item : batch.supportPeople)
            m_store.saveSupportPerson(withoutId(item));
        for (const Activity &item : batch.activities)
            m_store.saveActivity(withoutId(item));
        for (const IfThenPlan &item : batch.ifThenPlans)
            m_store.saveIfThenPlan(withoutId(item));
        for (const RiskDate &item : batch.riskDates)
            m_store.saveRiskDate(withoutId(item));

        std::map<std::int64_t, std::int64_t> messageIds;
        std::map<std::int64_t, std::int64_t> urgeIds;
        for (const UnsentMessage &message : batch.unsentMessages) {
            UnsentMessage stored = message;
            stored.id = 0;
            stored.urgeId.reset();
            messageIds[message.id] = m_store.saveUnsentMessage(stored);
        }
        for (const UrgeRecord &urge : batch.urges) {
            UrgeRecord stored = urge;
            stored.id = 0;
            if (urge.unsentMessageId)
                stored.unsentMessageId = messageIds.at(*urge.unsentMessageId);
            urgeIds[urge.id] = m_store.saveUrge(stored);
        }
        for (const UnsentMessage &message : batch.unsentMessages) {
            if (!message.urgeId)
                continue;
            UnsentMessage stored = message;
            stored.id = messageIds.at(message.id);
            stored.urgeId = urgeIds.at(*message.urgeId);
            m_store.saveUnsentMessage(stored);
        }
        for (const ContactEvent &contact : batch.contacts) {
            ContactEvent stored = contact;
            stored.id = 0;
            if (contact.urgeId)
                stored.urgeId = urgeIds.at(*contact.urgeId);
            m_store.addContact(stored);
        }
        for (const CheckIn &checkIn : batch.checkIns)
            m_store.saveCheckIn(checkIn);
        for (const JournalEntry &entry : batch.journalEntries) {
            JournalEntry stored = entry;
            stored.id = 0;
            m_store.saveJournalEntry(stored);
        }
    }

private:
    template<typename T>
    static T withoutId(T item)
    {
        item.id = 0;
        return item;
    }

    Store &m_store;
};

bool importNotBuilt(const StoreError &error)
{
    return error.kind() == StoreError::Kind::Other && std::string(error.what()).find("not built") != std::string::npos;
}

} // namespace

HeavyFolderReport writeHeavyFolder(const QString &dataDir, const HeavyProfile &profile,
                                   const std::function<void(const QString &)> &progress)
{
    if (QFileInfo::exists(QDir(dataDir).filePath(QLatin1String(storage::SqliteStore::kDatabaseFileName))))
        throw StoreError(StoreError::Kind::Other, dataDir.toStdString() + " already holds a Holdfast database");

    QElapsedTimer timer;
    timer.start();
    HeavyFolderReport report;
    {
        storage::OpenOptions options;
        options.quickCheckOnOpen = false;
        const std::unique_ptr<storage::SqliteStore> store = storage::SqliteStore::open(dataDir, options);
        std::unique_ptr<PerRecordWriter> fallback;
        const HeavyHistory history(profile);
        report.totals = history.generate([&](DataSet &&batch) {
            if (!fallback) {
                try {
                    store->importData(batch, ImportMode::Append);
                } catch (const StoreError &error) {
                    if (!importNotBuilt(error))
                        throw;
                    fallback = std::make_unique<PerRecordWriter>(*store);
                    report.perRecord = true;
                }
            }
            if (fallback)
                fallback->write(batch);
            if (progress && !batch.checkIns.empty()) {
                progress(u"%1 written (%2 s)"_s.arg(QString::fromStdString(batch.checkIns.back().date.toIso()))
                             .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1));
            }
        });
        store->saveSettings(history.settings(report.totals));
    }
    // As the app leaves a folder after its first start (app/UpkeepWorker), so
    // the benchmarks measure the everyday state, not the one-time upgrade.
    storage::SqliteStore::upgradeSearchIndexOnOwnConnection(dataDir);
    report.seconds = double(timer.elapsed()) / 1000.0;
    return report;
}

} // namespace holdfast::datagen
