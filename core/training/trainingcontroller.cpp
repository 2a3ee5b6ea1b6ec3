#include "trainingcontroller.h"

#include "lrfinder.h"
#include "trainer.h"

namespace picta {

TrainingController::TrainingController(QObject* parent)
    : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("picta-training"));
    m_thread.start();
}

TrainingController::~TrainingController()
{
    if (m_cancel)
        m_cancel->store(true);
    m_thread.requestInterruption();
    m_thread.quit();
    m_thread.wait();
}

void TrainingController::start(const TrainingConfig& config)
{
    if (m_running)
        return;
    m_running = true;
    m_cancel = std::make_shared<std::atomic_bool>(false);

    auto* trainer = new Trainer; // no parent: it lives on the training thread
    trainer->setCancelFlag(m_cancel);
    trainer->moveToThread(&m_thread);
    connect(trainer, &Trainer::preparing, this, &TrainingController::preparing);
    connect(trainer, &Trainer::downloading, this, &TrainingController::downloading);
    connect(trainer, &Trainer::started, this, &TrainingController::started);
    connect(trainer, &Trainer::batchFinished, this, &TrainingController::batchFinished);
    connect(trainer, &Trainer::epochFinished, this, &TrainingController::epochFinished);
    connect(trainer, &Trainer::warning, this, &TrainingController::warning);
    // The run's end reaches this thread as a queued call; only then is the controller idle.
    connect(trainer, &Trainer::finished, this, [this](const TrainingResult& result) {
        setRunning(false);
        Q_EMIT finished(result);
    });
    connect(trainer, &Trainer::failed, this, [this](const QString& message) {
        setRunning(false);
        Q_EMIT failed(message);
    });
    Q_EMIT runningChanged(true);
    QMetaObject::invokeMethod(trainer, [trainer, config] {
        trainer->run(config);
        trainer->deleteLater();
    });
}

void TrainingController::findLearningRate(const TrainingConfig& config)
{
    if (m_running)
        return;
    m_running = true;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    auto* finder = new LrFinder; // no parent: it lives on the training thread
    finder->setCancelFlag(m_cancel);
    finder->moveToThread(&m_thread);
    connect(finder, &LrFinder::preparing, this, &TrainingController::preparing);
    connect(finder, &LrFinder::downloading, this, &TrainingController::downloading);
    connect(finder, &LrFinder::point, this, &TrainingController::lrFinderPoint);
    connect(finder, &LrFinder::finished, this, [this](const LrFinderResult& result) {
        setRunning(false);
        Q_EMIT lrFinderFinished(result);
    });
    connect(finder, &LrFinder::failed, this, [this](const QString& message) {
        setRunning(false);
        Q_EMIT lrFinderFailed(message);
    });
    Q_EMIT runningChanged(true);
    QMetaObject::invokeMethod(finder, [finder, config] {
        finder->run(config);
        finder->deleteLater();
    });
}

void TrainingController::setRunning(bool running)
{
    m_running = running;
    Q_EMIT runningChanged(running);
}

void TrainingController::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

} // namespace picta
