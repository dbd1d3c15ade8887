#pragma once

// The week as a file to keep or share: a PNG of the summary and every chart,
// and a two-page A4 PDF report (title, summary and figures, then every chart
// the PNG has). Both are drawn from the figures, not grabbed from the screen,
// so they look the same whatever the window size or the view in use. They are
// made in memory: the caller writes the bytes (exchange::WholeFile).

#include "model/ReviewData.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QString>

class QPalette;

namespace holdfast::ui {

class ReviewExport
{
    Q_DECLARE_TR_FUNCTIONS(ReviewExport)

public:
    // The picture in the colours of `palette`, at `pixelRatio` for sharp text.
    static QImage image(const ReviewData &data, const QPalette &palette, qreal pixelRatio = 2.0);
    // The picture encoded as PNG.
    static QByteArray png(const ReviewData &data, const QPalette &palette, qreal pixelRatio = 2.0);
    // The PDF document, always in light colours: it is meant for paper.
    // Empty when it could not be drawn.
    static QByteArray pdf(const ReviewData &data);
    // "Weekly review: 23 – 29 November 2026"
    static QString title(const ReviewData &data);
};

} // namespace holdfast::ui
