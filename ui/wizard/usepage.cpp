#include "wizard/usepage.h"

#include "common/exportbutton.h"
#include "wizard/newclassifierwizard.h"

#include <QDesktopServices>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace picta {

UsePage::UsePage(NewClassifierWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setTitle(tr("6 · Use it elsewhere"));
    setSubTitle(tr("Your classifier is saved in the project. Here is where, and what you can do next."));
    m_where = new QLabel(this);
    m_where->setObjectName(QStringLiteral("where"));
    m_where->setWordWrap(true);
    m_where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* openFolder = new QPushButton(tr("Open the model's f&older"), this);
    connect(openFolder, &QPushButton::clicked, this, [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_wizard->runDir())); });
    auto* evaluate = new QPushButton(tr("Open in &Evaluate"), this);
    evaluate->setToolTip(tr("Which pictures it gets wrong, which classes it mixes up, and how training went"));
    connect(evaluate, &QPushButton::clicked, this, [this] { Q_EMIT m_wizard->evaluateRequested(m_wizard->runDir()); });
    auto* predict = new QPushButton(tr("Classify many pictures on the &Predict tab"), this);
    connect(predict, &QPushButton::clicked, this, &UsePage::predictRequested);
    m_export = new ExportButton(this);
    m_export->setText(tr("E&xport it for other programs…"));
    m_export->setToolTip(tr("A .zip with the model as ONNX, a README that says how to prepare a picture, and a Python "
                            "script that answers as Picta does; or the ONNX file alone"));
    m_exported = new QLabel(this);
    m_exported->setWordWrap(true);
    connect(m_export, &ExportButton::statusMessage, m_exported, &QLabel::setText);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_where);
    layout->addWidget(openFolder, 0, Qt::AlignLeft);
    layout->addWidget(evaluate, 0, Qt::AlignLeft);
    layout->addWidget(predict, 0, Qt::AlignLeft);
    layout->addWidget(m_export, 0, Qt::AlignLeft);
    layout->addWidget(m_exported);
    layout->addStretch();
}

void UsePage::initializePage()
{
    m_export->setRun(m_wizard->runDir());
    m_where->setText(tr("The model is in <b>%1</b>: <tt>model.safetensors</tt> holds what it learned, <tt>model.json</tt> its "
                        "classes and how pictures are prepared for it, <tt>history.csv</tt> how training went. Copy the folder to "
                        "use the model on another computer with Picta (<tt>picta-cli predict --run FOLDER PICTURE…</tt>).")
                         .arg(QDir::toNativeSeparators(m_wizard->runDir()).toHtmlEscaped()));
}

QString UsePage::where() const
{
    return m_where->text();
}

} // namespace picta
