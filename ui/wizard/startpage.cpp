#include "wizard/startpage.h"

#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace picta {

StartPage::StartPage(QWidget* parent)
    : QWidget(parent)
{
    auto* title = new QLabel(tr("<h1>Welcome to Picta</h1><p>Teach your computer to tell pictures apart: collect examples, "
                                "train, and try it. No code, no jargon.</p>"),
                             this);
    title->setWordWrap(true);
    auto button = [this](const QString& text, const QString& detail) {
        auto* b = new QPushButton(text, this);
        b->setToolTip(detail);
        b->setMinimumHeight(44);
        QFont f = b->font();
        f.setPointSizeF(f.pointSizeF() * 1.2);
        b->setFont(f);
        return b;
    };
    QPushButton* create
        = button(tr("&New classifier…"), tr("A step-by-step guide from naming your classes to a tested classifier (Ctrl+N)"));
    create->setObjectName(QStringLiteral("startNewClassifier"));
    QPushButton* demo
        = button(tr("Open the &fashion demo"), tr("1,600 small photos of T-shirts, trousers, sneakers and bags, ready to train"));
    QPushButton* sketch = button(tr("Open the &sketch demo"), tr("Drawings of six shapes: train it, then draw and watch it guess"));
    QPushButton* open = button(tr("&Open a project or a folder of images…"),
                               tr("A Picta project, or any folder with one subfolder of pictures per class"));
    connect(create, &QPushButton::clicked, this, &StartPage::newClassifierRequested);
    connect(demo, &QPushButton::clicked, this, &StartPage::demoRequested);
    connect(sketch, &QPushButton::clicked, this, &StartPage::sketchDemoRequested);
    connect(open, &QPushButton::clicked, this, &StartPage::openRequested);
    m_recent = new QListWidget(this);
    m_recent->setObjectName(QStringLiteral("recentProjects"));
    connect(m_recent, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { Q_EMIT recentRequested(item->data(Qt::UserRole).toString()); });
    auto* recentLabel = new QLabel(tr("&Recent projects:"), this);
    recentLabel->setBuddy(m_recent);

    auto* column = new QVBoxLayout;
    column->addWidget(title);
    column->addWidget(create);
    column->addWidget(demo);
    column->addWidget(sketch);
    column->addWidget(open);
    column->addSpacing(12);
    column->addWidget(recentLabel);
    column->addWidget(m_recent, 1);
    auto* outer = new QHBoxLayout(this);
    outer->addStretch(1);
    outer->addLayout(column, 2);
    outer->addStretch(1);
    setTabOrder(create, demo);
    setTabOrder(demo, sketch);
    setTabOrder(sketch, open);
    setTabOrder(open, m_recent);
}

void StartPage::setRecentProjects(const QStringList& dirs)
{
    m_recent->clear();
    for (const QString& dir : dirs) {
        auto* item = new QListWidgetItem(tr("%1 — %2").arg(QFileInfo(dir).fileName(), QDir::toNativeSeparators(dir)), m_recent);
        item->setData(Qt::UserRole, dir);
    }
    if (dirs.isEmpty())
        (new QListWidgetItem(tr("(none yet)"), m_recent))->setFlags(Qt::NoItemFlags);
}

} // namespace picta
