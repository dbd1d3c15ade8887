#include "ui/WrappedLabel.h"

#include <QEvent>

namespace holdfast::ui {

int WrappedLabel::heightForWidth(int width) const
{
    if (!pixmap().isNull())
        return QLabel::heightForWidth(width); // not what this is for
    const Key key{width,
                  text(),
                  textFormat(),
                  wordWrap(),
                  margin(),
                  indent(),
                  int(alignment().toInt()),
                  int(textInteractionFlags().toInt()),
                  buddy() != nullptr};
    for (const auto &[known, height] : m_heights) {
        if (known && *known == key)
            return height;
    }
    const int height = QLabel::heightForWidth(width);
    m_heights[m_nextSlot] = {key, height};
    m_nextSlot = (m_nextSlot + 1) % m_heights.size();
    return height;
}

bool WrappedLabel::event(QEvent *event)
{
    switch (event->type()) {
    case QEvent::FontChange:
    case QEvent::ApplicationFontChange:
    case QEvent::StyleChange:
    case QEvent::Polish:
    case QEvent::ContentsRectChange:
    case QEvent::LayoutDirectionChange:
    case QEvent::ScreenChangeInternal:
        m_heights = {};
        break;
    default:
        break;
    }
    return QLabel::event(event);
}

} // namespace holdfast::ui
