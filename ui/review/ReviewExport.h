#pragma once

// The week as a file to keep or share: a PNG of the summary and every chart,
// and a one-page A4 PDF report (title, summary, figures, the main charts).
// Both are drawn from the figures, not grabbed from the screen, so they look
// the same whatever the window size or the view (charts or table) in use.

#include "model/ReviewData.h"

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
    // Always in light colours: it is meant for paper. False when the file
    // could not be written.
    static bool writePdf(const ReviewData &data, const QString &path);
    // "Weekly review: 23 – 29 November 2026"
    static QString title(const ReviewData &data);
};

} // namespace holdfast::ui
