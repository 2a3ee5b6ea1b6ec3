#include "wizard/wizardtrainpage.h"

#include "document/projectdocument.h"
#include "train/traintab.h"
#include "wizard/newclassifierwizard.h"

#include "training/trainingcontroller.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include <cmath>

namespace picta {

WizardTrainPage::WizardTrainPage(NewClassifierWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setTitle(tr("4 · Train"));
    setSubTitle(tr("Picta has chosen how to train on your pictures. Press Train and watch it learn."));
    m_reasons = new QLabel(this);
    m_reasons->setObjectName(QStringLiteral("planReasons"));
    m_reasons->setWordWrap(true);
    m_reasons->setTextFormat(Qt::RichText);
    m_train = new QPushButton(tr("&Train"), this);
    m_train->setObjectName(QStringLiteral("wizardTrain"));
    QFont big = m_train->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_train->setFont(big);
    m_train->setMinimumHeight(48);
    m_train->setMinimumWidth(200);
    connect(m_train, &QPushButton::clicked, this, &WizardTrainPage::train);
    m_stop = new QPushButton(tr("St&op (keeps the best so far)"), this);
    connect(m_stop, &QPushButton::clicked, this, &WizardTrainPage::stop);
    m_stop->setEnabled(false);
    m_details = new QPushButton(tr("Show me the &details"), this);
    m_details->setToolTip(tr("The Train tab, with this run: loss, accuracy and learning-rate plots, and every setting"));
    connect(m_details, &QPushButton::clicked, m_wizard, &NewClassifierWizard::showTrainTabRequested);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("wizardProgress"));

    m_plot = new QCustomPlot(this);
    m_plot->setMinimumHeight(170);
    m_plot->addGraph();
    m_plot->graph(0)->setName(tr("on pictures it has not seen"));
    m_plot->graph(0)->setPen(QPen(QColor(0x1f, 0x77, 0xb4), 2.5));
    m_plot->addGraph();
    m_plot->graph(1)->setName(tr("on the pictures it learns from"));
    m_plot->graph(1)->setPen(QPen(QColor(0xaa, 0xaa, 0xaa), 1.5, Qt::DashLine));
    m_plot->xAxis->setLabel(tr("round (epoch)"));
    m_plot->yAxis->setLabel(tr("right, %"));
    m_plot->yAxis->setRange(0, 100);
    m_plot->xAxis->setRange(0, 1);
    m_plot->legend->setVisible(true);
    m_plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignRight | Qt::AlignBottom);

    m_explanation = new QLabel(this);
    m_explanation->setObjectName(QStringLiteral("explanation"));
    m_explanation->setWordWrap(true);
    QFont larger = m_explanation->font();
    larger.setPointSizeF(larger.pointSizeF() * 1.2);
    m_explanation->setFont(larger);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_train);
    buttons->addWidget(m_stop);
    buttons->addStretch();
    buttons->addWidget(m_details);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_reasons);
    layout->addLayout(buttons);
    layout->addWidget(m_progress);
    layout->addWidget(m_plot, 1);
    layout->addWidget(m_explanation);
    setTabOrder(m_train, m_stop);
    setTabOrder(m_stop, m_details);

    // Plans when the page is really shown (forward, or by Back after a resume passed it), and
    // again when pictures changed since.
    connect(wizard, &QWizard::currentIdChanged, this, [this](int id) {
        if (id != NewClassifierWizard::Train)
            return;
        QTimer::singleShot(0, this, [this] {
            if (m_wizard->currentPage() == this && !m_training && (!m_plan || m_plannedCounts != m_wizard->document()->counts()))
                makePlan();
        });
    });

    TrainingController* controller = m_wizard->trainTab()->controller();
    connect(controller, &TrainingController::preparing, this, [this](int done, int total) {
        if (m_training) {
            m_progress->setRange(0, std::max(1, total));
            m_progress->setValue(done);
            m_progress->setFormat(tr("Reading pictures: %v of %m"));
        }
    });
    connect(controller, &TrainingController::batchFinished, this, [this](const BatchStats& s) {
        if (m_training) {
            m_progress->setRange(0, int(std::max<qint64>(1, s.totalSteps)));
            m_progress->setValue(int(s.step));
            m_progress->setFormat(tr("Round %1 of %2").arg(s.epoch).arg(m_plan ? m_plan->config.epochs : 0));
        }
    });
    connect(controller, &TrainingController::epochFinished, this, &WizardTrainPage::onEpoch);
    connect(controller, &TrainingController::finished, this, &WizardTrainPage::onFinished);
    connect(controller, &TrainingController::failed, this, [this](const QString& message) {
        if (!m_training)
            return;
        m_training = false;
        m_explanation->setText(tr("Training failed: %1").arg(message));
        m_train->setEnabled(true);
        m_stop->setEnabled(false);
        Q_EMIT completeChanged();
    });
}

WizardTrainPage::~WizardTrainPage()
{
    m_planJob.cancel();
}

void WizardTrainPage::initializePage()
{
    const QString run = m_wizard->runDir();
    if (!run.isEmpty() && !m_training && m_explanation->text().isEmpty())
        m_explanation->setText(tr("A model is ready (%1). Train again if you added pictures.").arg(QFileInfo(run).fileName()));
}

void WizardTrainPage::cleanupPage()
{
    // Back: a Train click waiting for its plan is forgotten (training itself goes on).
    m_trainWhenPlanned = false;
}

void WizardTrainPage::makePlan()
{
    if (m_planJob.isRunning())
        return;
    m_plannedCounts = m_wizard->document()->counts();
    m_reasons->setText(tr("Working out the best settings for your pictures (it tries a few learning rates first)…"));
    m_progress->setRange(0, 0);
    m_progress->setFormat(QString());
    TrainingPlanner::Options options;
    options.zooBase = m_wizard->trainTab()->config().zooBase;
    const QString dir = m_wizard->document()->rootDir();
    m_planJob = startJob(
        this,
        [dir, options](const JobContext& job) {
            return TrainingPlanner::make(dir, options, job.cancelFlag(),
                                         [&job](const QString&, int done, int total) { job.setProgress(done, total); });
        },
        [this](const Expected<TrainingPlan>& plan) {
            m_progress->setRange(0, 1);
            m_progress->setValue(0);
            if (!plan) {
                m_trainWhenPlanned = false;
                m_reasons->setText(tr("No plan: %1").arg(plan.error().toHtmlEscaped()));
                return;
            }
            m_plan = *plan;
            QString html = QStringLiteral("<ul style=\"margin-left:-20px\">");
            for (const PlanReason& r : plan->reasons)
                html += QStringLiteral("<li>%1</li>").arg(r.text.toHtmlEscaped());
            m_reasons->setText(html + QStringLiteral("</ul>"));
            Q_EMIT planned();
            if (m_trainWhenPlanned && m_wizard->currentPage() == this) {
                m_trainWhenPlanned = false;
                train();
            }
        },
        [this](int done, int total) {
            m_progress->setRange(0, total);
            m_progress->setValue(done);
        });
}

void WizardTrainPage::train()
{
    if (m_training || m_wizard->trainTab()->isTraining())
        return;
    if (!m_plan || m_planJob.isRunning()) {
        m_trainWhenPlanned = true;
        makePlan();
        return;
    }
    m_training = true;
    m_train->setEnabled(false);
    m_stop->setEnabled(true);
    m_plot->graph(0)->data()->clear();
    m_plot->graph(1)->data()->clear();
    m_plot->xAxis->setRange(0, std::max(1, m_plan->config.epochs));
    m_plot->replot();
    m_explanation->setText(tr("Learning…"));
    m_progress->setRange(0, 0);
    Q_EMIT completeChanged();
    m_wizard->trainTab()->startWith(m_plan->config);
}

void WizardTrainPage::stop()
{
    if (m_training)
        m_wizard->trainTab()->stopTraining();
}

void WizardTrainPage::onEpoch(const EpochStats& stats)
{
    if (!m_training)
        return;
    if (std::isfinite(stats.valAccuracy))
        m_plot->graph(0)->addData(stats.epoch, stats.valAccuracy * 100);
    if (std::isfinite(stats.trainAccuracy))
        m_plot->graph(1)->addData(stats.epoch, stats.trainAccuracy * 100);
    m_plot->replot();
    if (std::isfinite(stats.valAccuracy))
        m_explanation->setText(tr("After round %1 it is %2.").arg(stats.epoch).arg(inPlainWords(stats.valAccuracy)));
}

void WizardTrainPage::onFinished(const TrainingResult& result)
{
    if (!m_training)
        return;
    m_training = false;
    m_train->setEnabled(true);
    m_train->setText(tr("&Train again"));
    m_stop->setEnabled(false);
    m_progress->setRange(0, 1);
    m_progress->setValue(1);
    m_progress->setFormat(QString());
    if (result.epochsCompleted > 0 && !result.runDir.isEmpty()) {
        m_wizard->setRunDir(result.runDir);
        const QString how = std::isfinite(result.best.valAccuracy) ? inPlainWords(result.best.valAccuracy) : tr("trained");
        m_explanation->setText(result.cancelled
                                   ? tr("Stopped. The best model so far is kept: it is %1. Next: try it.").arg(how)
                                   : tr("Done in %1 s. Your classifier is %2. Next: try it.").arg(qRound(result.seconds)).arg(how));
        Q_EMIT trained(result.runDir);
    } else {
        m_explanation->setText(tr("Stopped before the first round ended: no model yet. Press Train to start again."));
    }
    Q_EMIT completeChanged();
}

QString WizardTrainPage::inPlainWords(double accuracy)
{
    if (!std::isfinite(accuracy))
        return {};
    if (accuracy >= 0.9 && accuracy < 0.995)
        return tr("right %n time(s) out of 100 on pictures it has not seen", nullptr, qRound(accuracy * 100));
    if (accuracy >= 0.995)
        return tr("right on every picture it has not seen, so far");
    return tr("right %n time(s) out of 10 on pictures it has not seen", nullptr, qRound(accuracy * 10));
}

QString WizardTrainPage::planText() const
{
    return m_reasons->text();
}

QString WizardTrainPage::explanation() const
{
    return m_explanation->text();
}

bool WizardTrainPage::isComplete() const
{
    return !m_training && !m_wizard->runDir().isEmpty();
}

} // namespace picta
