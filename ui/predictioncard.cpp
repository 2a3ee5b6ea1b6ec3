#include "predictioncard.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPixmap>
#include <QProgressBar>
#include <QVBoxLayout>

namespace picta {

PredictionCard::PredictionCard(const QString& title, QWidget* parent)
    : QFrame(parent)
{
    setFrameShape(QFrame::StyledPanel);
    m_thumbnail = new QLabel(this);
    m_thumbnail->setFixedSize(kThumbnailSize, kThumbnailSize);
    m_thumbnail->setAlignment(Qt::AlignCenter);
    m_thumbnail->setStyleSheet(QStringLiteral("background: palette(base);"));
    m_title = new QLabel(title, this);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setStyleSheet(QStringLiteral("font-weight: bold;"));
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();

    auto* rows = new QGridLayout;
    for (int i = 0; i < kRows; ++i) {
        auto* name = new QLabel(i == 0 ? tr("Classifying…") : QString(), this);
        auto* bar = new QProgressBar(this);
        bar->setRange(0, 1000);
        bar->setValue(0);
        bar->setFormat(QString());
        bar->setMinimumWidth(180);
        bar->setVisible(false);
        rows->addWidget(name, i, 0);
        rows->addWidget(bar, i, 1);
        m_names << name;
        m_bars << bar;
    }
    rows->setColumnStretch(1, 1);

    auto* text = new QVBoxLayout;
    text->addWidget(m_title);
    text->addLayout(rows);
    text->addWidget(m_error);
    text->addStretch(1);

    auto* layout = new QHBoxLayout(this);
    layout->addWidget(m_thumbnail);
    layout->addLayout(text, 1);
}

void PredictionCard::setThumbnail(const QImage& image)
{
    if (image.isNull()) {
        m_thumbnail->setText(tr("no preview"));
        return;
    }
    m_thumbnail->setPixmap(QPixmap::fromImage(
        image.scaled(kThumbnailSize, kThumbnailSize, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
}

void PredictionCard::setPrediction(const Prediction& prediction)
{
    m_hasResult = true;
    if (!prediction.ok()) {
        m_names[0]->clear();
        m_error->setText(prediction.error);
        m_error->show();
        return;
    }
    for (int i = 0; i < kRows; ++i) {
        const bool shown = i < prediction.top.size();
        m_names[i]->setText(shown ? prediction.top[i].className : QString());
        m_bars[i]->setVisible(shown);
        if (shown) {
            const double p = prediction.top[i].probability;
            m_bars[i]->setValue(int(std::lround(p * 1000.0)));
            m_bars[i]->setFormat(QStringLiteral("%1%").arg(p * 100.0, 0, 'f', 1));
        }
    }
    QFont bold = m_names[0]->font();
    bold.setBold(true);
    m_names[0]->setFont(bold);
}

QString PredictionCard::topClass() const
{
    return m_bars[0]->isVisible() ? m_names[0]->text() : QString();
}

} // namespace picta
