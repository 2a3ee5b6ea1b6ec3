#include "wizard/sketchdialog.h"

#include "document/projectdocument.h"
#include "draw/sketchcanvas.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace picta {

namespace {
constexpr int kSavedSide = 64; ///< as the Draw tab and the sketch demo store drawings
}

SketchDialog::SketchDialog(ProjectDocument* document, const QString& className, QWidget* parent)
    : QDialog(parent)
    , m_document(document)
    , m_class(className)
{
    setWindowTitle(tr("Draw %1").arg(className));
    m_canvas = new SketchCanvas(this);
    m_canvas->setMinimumSize(320, 320);
    auto* hint = new QLabel(tr("Draw one <b>%1</b>, then press Enter to keep it; the canvas clears for the next. Vary size, "
                               "position and style.")
                                .arg(className.toHtmlEscaped()),
                            this);
    hint->setWordWrap(true);
    m_count = new QLabel(this);
    auto* buttons = new QDialogButtonBox(this);
    QPushButton* keep = buttons->addButton(tr("&Keep this drawing"), QDialogButtonBox::ActionRole);
    QPushButton* clear = buttons->addButton(tr("&Clear"), QDialogButtonBox::ResetRole);
    buttons->addButton(QDialogButtonBox::Close);
    keep->setDefault(true);
    connect(keep, &QPushButton::clicked, this, &SketchDialog::save);
    connect(clear, &QPushButton::clicked, m_canvas, &SketchCanvas::clear);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    auto* undo = new QShortcut(QKeySequence::Undo, this);
    connect(undo, &QShortcut::activated, m_canvas, &SketchCanvas::undo);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(m_canvas, 1);
    layout->addWidget(m_count);
    layout->addWidget(buttons);
}

QString SketchDialog::save()
{
    const QByteArray png = m_canvas->preparedPng(kSavedSide);
    if (png.isEmpty())
        return {};
    const QString name = QStringLiteral("drawing-%1.png").arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    const auto written = m_document->addImageData(png, name, m_class, QStringLiteral("drawing"));
    if (!written) {
        m_count->setText(tr("The drawing cannot be saved: %1").arg(written.error()));
        return {};
    }
    m_canvas->clear();
    ++m_saved;
    m_count->setText(tr("Drawings kept: %1").arg(m_saved));
    return *written;
}

} // namespace picta
