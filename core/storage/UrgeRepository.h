#pragma once

// Urges with their intensity samples and triggers (urges, urge_samples,
// urge_triggers). Writes run inside the caller's transaction.

#include "model/Store.h"

#include <QString>
#include <QVariantList>

namespace holdfast::storage {

class Connection;
class TextSealer;

class UrgeRepository
{
public:
    UrgeRepository(Connection &connection, TextSealer &texts) : m_db(connection), m_texts(texts) {}

    // Inserts (id 0) or replaces the urge; returns its id.
    std::int64_t write(const UrgeRecord &urge);
    // Points a stored urge at its unsent message (import, after both exist).
    void linkUnsentMessage(std::int64_t urgeId, std::int64_t messageId);
    std::optional<UrgeRecord> byId(std::int64_t id);
    std::vector<UrgeRecord> inRange(LocalDate from, LocalDate to);
    std::vector<UrgeRecord> all();
    std::vector<UrgeRatings> ratings(LocalDate from, LocalDate to);

private:
    // `where` is a fixed fragment over `u` (urges); values are bound.
    std::vector<UrgeRecord> load(const QString &where, const QVariantList &values);

    Connection &m_db;
    TextSealer &m_texts;
};

} // namespace holdfast::storage
