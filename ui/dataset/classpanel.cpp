#include "dataset/classpanel.h"

#include "dataset/classsidebar.h"
#include "document/projectdocument.h"

#include "project/dataseteditor.h"

#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include <algorithm>

namespace picta {

ClassPanel::ClassPanel(ProjectDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
{
    m_sidebar = new ClassSidebar(this);
    m_sidebar->setObjectName(QStringLiteral("classes"));
    m_sidebar->setToolTip(tr("Show one class; drop images here to give them that class"));
    auto* addButton = new QPushButton(tr("&Add class…"), this);
    auto* renameButton = new QPushButton(tr("Re&name…"), this);
    auto* mergeButton = new QPushButton(tr("&Merge into…"), this);
    connect(addButton, &QPushButton::clicked, this, &ClassPanel::addClass);
    connect(renameButton, &QPushButton::clicked, this, &ClassPanel::renameClass);
    connect(mergeButton, &QPushButton::clicked, this, &ClassPanel::mergeClass);
    m_balance = new QCustomPlot(this);
    m_balance->setMinimumHeight(150);
    m_balance->setObjectName(QStringLiteral("balance"));
    m_balance->yAxis->setLabel(tr("Images"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Classes"), this));
    layout->addWidget(m_sidebar, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(addButton);
    buttons->addWidget(renameButton);
    buttons->addWidget(mergeButton);
    layout->addLayout(buttons);
    layout->addWidget(new QLabel(tr("Class balance"), this));
    layout->addWidget(m_balance);

    setTabOrder(m_sidebar, addButton);
    setTabOrder(addButton, renameButton);
    setTabOrder(renameButton, mergeButton);
    m_lastInTabOrder = mergeButton;
}

void ClassPanel::setCounts(const QStringList& classes, const QVector<int>& counts)
{
    m_sidebar->setClasses(classes, counts);
    drawBalance(classes, counts);
}

void ClassPanel::drawBalance(const QStringList& classes, const QVector<int>& counts)
{
    m_balance->clearPlottables();
    auto* bars = new QCPBars(m_balance->xAxis, m_balance->yAxis);
    QVector<double> ticks, values;
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    const bool showUnlabelled = counts.value(classes.size()) > 0;
    for (int c = 0; c < classes.size() + (showUnlabelled ? 1 : 0); ++c) {
        ticks << c + 1;
        values << counts.value(c);
        ticker->addTick(c + 1, c < classes.size() ? classes[c] : tr("Unlabelled"));
    }
    bars->setData(ticks, values);
    bars->setBrush(QColor(70, 130, 180));
    bars->setPen(Qt::NoPen);
    m_balance->xAxis->setTicker(ticker);
    m_balance->xAxis->setTickLabelRotation(classes.size() > 2 ? 45 : 0);
    m_balance->xAxis->setRange(0.3, ticks.size() + 0.7);
    m_balance->yAxis->setRange(0, values.isEmpty() ? 1.0 : std::max(1.0, *std::max_element(values.begin(), values.end()) * 1.1));
    m_balance->replot();
}

void ClassPanel::addClass()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Add class"), tr("Name of the new class:"), QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    if (const QString why = DatasetEditor::invalidClassName(name); !why.isEmpty()) {
        Q_EMIT problem(why);
        return;
    }
    m_document->addClass(name);
}

void ClassPanel::renameClass()
{
    const int c = m_sidebar->currentFilter();
    if (c < 0) {
        Q_EMIT problem(tr("Choose a class in the list first"));
        return;
    }
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename class"), tr("New name for '%1':").arg(m_document->classes().value(c)),
                                               QLineEdit::Normal, m_document->classes().value(c), &ok);
    if (!ok || name == m_document->classes().value(c))
        return;
    m_document->renameClass(c, name);
}

void ClassPanel::mergeClass()
{
    const int c = m_sidebar->currentFilter();
    const QStringList classes = m_document->classes();
    if (c < 0 || classes.size() < 2) {
        Q_EMIT problem(tr("Choose the class to merge in the list first"));
        return;
    }
    QStringList others = classes;
    others.removeAt(c);
    bool ok = false;
    const QString into
        = QInputDialog::getItem(this, tr("Merge class"), tr("Move every image of '%1' into:").arg(classes[c]), others, 0, false, &ok);
    if (!ok)
        return;
    m_document->mergeClass(c, int(classes.indexOf(into)));
}

} // namespace picta
