#include "camera/capturedialog.h"

#include "camera/capturepanel.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace picta {

CaptureDialog::CaptureDialog(ProjectDocument* document, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Collect from a camera"));
    m_panel = new CapturePanel(document, this);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_panel, 1);
    layout->addWidget(buttons);
    resize(640, 640);
}

void CaptureDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    m_panel->start();
    m_panel->recordButton()->setFocus();
}

} // namespace picta
