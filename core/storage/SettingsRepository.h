#pragma once

// The settings as key/value rows (settings). A value that does not parse
// reads as the default. Writes run inside the caller's transaction.

#include "model/Settings.h"

namespace holdfast::storage {

class Connection;

class SettingsRepository
{
public:
    explicit SettingsRepository(Connection &connection) : m_db(connection) {}

    Settings read();
    void write(const Settings &settings);

private:
    Connection &m_db;
};

} // namespace holdfast::storage
