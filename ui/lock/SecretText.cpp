#include "ui/lock/SecretText.h"

#include <QLineEdit>
#include <QString>

namespace holdfast::ui {

namespace {

// Through a volatile pointer, so the compiler cannot drop the stores as dead.
template<typename T>
void overwrite(T *data, std::size_t count)
{
    volatile T *p = data;
    for (std::size_t i = 0; i < count; ++i)
        p[i] = T{};
}

} // namespace

void SecretText::wipe(std::string &text)
{
    overwrite(text.data(), text.size());
    text.clear();
}

void SecretText::wipe(QString &text)
{
    // data() detaches, so only this copy is overwritten; callers pass the last one.
    overwrite(reinterpret_cast<char16_t *>(text.data()), std::size_t(text.size()));
    text.clear();
}

void SecretText::wipe(QLineEdit *edit)
{
    if (!edit || edit->text().isEmpty())
        return;
    // Best effort: QLineEdit keeps its own copy; replacing it with as many
    // blanks overwrites that buffer before it is freed.
    edit->setText(QString(edit->text().size(), QLatin1Char(' ')));
    edit->clear();
}

} // namespace holdfast::ui
