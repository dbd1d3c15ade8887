#pragma once

// Finds where a value sits in JSON text, so an import error can name the line
// and column. QJsonDocument validates the syntax but keeps no positions; this
// re-reads the (already valid) text along a path of keys and list indexes.

#include <QByteArrayView>
#include <QString>

#include <variant>
#include <vector>

namespace holdfast::exchange {

class JsonLocator
{
public:
    using Step = std::variant<QString, qsizetype>; // an object key or a list index
    using Path = std::vector<Step>;

    struct Position
    {
        int line = 1;
        int column = 1;
    };

    // The position of the value at `path`, or of the deepest part of the path
    // that exists (the object missing a key, say). Safe on any input.
    static Position find(QByteArrayView json, const Path &path);
    // Line and column (1-based, columns in characters) of a byte offset.
    static Position positionOf(QByteArrayView text, qsizetype offset);
    // "checkIns[3].mood"
    static QString describe(const Path &path);
};

} // namespace holdfast::exchange
