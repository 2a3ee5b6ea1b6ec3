#include "wizard/classespage.h"

#include "document/projectdocument.h"
#include "wizard/newclassifierwizard.h"

#include "project/project.h"
#include "support/appsettings.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QShortcut>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace picta {

namespace {

constexpr int kOriginalRole = Qt::UserRole + 1; ///< the class's name in the project, empty for a new row

QString defaultFolder(const QString& name)
{
    const QString base = AppSettings::projectsRoot(); // Preferences ▸ New projects in, else Documents
    QString folderName = name.trimmed();
    folderName.replace(QRegularExpression(QStringLiteral("[^\\w .-]")), QStringLiteral("_"));
    if (folderName.isEmpty() || folderName.startsWith('.'))
        folderName = QStringLiteral("classifier");
    return QDir(base).filePath(folderName);
}

} // namespace

ClassesPage::ClassesPage(NewClassifierWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setTitle(tr("1 · What should it tell apart?"));
    setSubTitle(tr("Give each kind of picture a name: these are the classes your classifier will choose between."));

    m_name = new QLineEdit(tr("My classifier"), this);
    m_name->setObjectName(QStringLiteral("projectName"));
    m_folder = new QLineEdit(defaultFolder(m_name->text()), this);
    m_folder->setObjectName(QStringLiteral("projectFolder"));
    m_browse = new QPushButton(tr("&Browse…"), this);
    connect(m_browse, &QPushButton::clicked, this, &ClassesPage::chooseFolder);
    connect(m_name, &QLineEdit::textEdited, this, [this](const QString& name) {
        if (!m_folderEdited)
            m_folder->setText(defaultFolder(name));
        Q_EMIT completeChanged();
    });
    connect(m_folder, &QLineEdit::textEdited, this, [this] {
        m_folderEdited = true;
        Q_EMIT completeChanged();
    });

    m_classes = new QListWidget(this);
    m_classes->setObjectName(QStringLiteral("classNames"));
    m_classes->setEditTriggers(QAbstractItemView::AllEditTriggers);
    connect(m_classes, &QListWidget::itemChanged, this, [this] { Q_EMIT completeChanged(); });
    auto* add = new QPushButton(tr("&Add a class"), this);
    add->setToolTip(tr("Add a class (Insert)"));
    connect(add, &QPushButton::clicked, this, [this] { addClassRow({}, true); });
    auto* remove = new QPushButton(tr("&Remove"), this);
    remove->setToolTip(tr("Remove the selected class (Delete); a class that already has pictures stays"));
    connect(remove, &QPushButton::clicked, this, &ClassesPage::removeCurrentClass);
    auto* insertKey = new QShortcut(QKeySequence(Qt::Key_Insert), m_classes, nullptr, nullptr, Qt::WidgetShortcut);
    connect(insertKey, &QShortcut::activated, this, [this] { addClassRow({}, true); });
    auto* deleteKey = new QShortcut(QKeySequence::Delete, m_classes, nullptr, nullptr, Qt::WidgetShortcut);
    connect(deleteKey, &QShortcut::activated, this, &ClassesPage::removeCurrentClass);

    auto* examples = new QLabel(tr("For example: <i>cat</i> and <i>dog</i>; <i>ripe</i> and <i>unripe</i> bananas; <i>recycling</i>, "
                                   "<i>compost</i> and <i>rubbish</i>; <i>circle</i>, <i>square</i> and <i>triangle</i> drawings. "
                                   "Double-click a name (or press F2) to change it."),
                                this);
    examples->setWordWrap(true);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));

    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_browse);
    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    auto* folderLabel = new QLabel(tr("&Folder:"), this);
    folderLabel->setBuddy(m_folder);
    form->addRow(folderLabel, folderRow);
    auto* classButtons = new QVBoxLayout;
    classButtons->addWidget(add);
    classButtons->addWidget(remove);
    classButtons->addStretch();
    auto* classRow = new QHBoxLayout;
    classRow->addWidget(m_classes, 1);
    classRow->addLayout(classButtons);
    auto* classLabel = new QLabel(tr("&Classes:"), this);
    classLabel->setBuddy(m_classes);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(classLabel);
    layout->addLayout(classRow, 1);
    layout->addWidget(examples);
    layout->addWidget(m_problem);
    setTabOrder(m_name, m_folder);
    setTabOrder(m_folder, m_browse);
    setTabOrder(m_browse, m_classes);
    setTabOrder(m_classes, add);
    setTabOrder(add, remove);

    addClassRow();
    addClassRow();
}

void ClassesPage::initializePage()
{
    ProjectDocument* document = m_wizard->document();
    if (!m_wizard->property("projectReady").toBool())
        return;
    // The project exists: its name and folder are fixed, its classes are the list.
    m_name->setText(document->name());
    m_folder->setText(QDir::toNativeSeparators(document->rootDir()));
    m_name->setEnabled(false);
    m_folder->setEnabled(false);
    m_browse->setEnabled(false);
    m_classes->clear();
    m_removed.clear();
    for (const QString& name : document->classes())
        addClassRow(name)->setData(kOriginalRole, name);
}

void ClassesPage::setProjectName(const QString& name)
{
    m_name->setText(name);
    if (!m_folderEdited)
        m_folder->setText(defaultFolder(name));
    Q_EMIT completeChanged();
}

void ClassesPage::setFolder(const QString& dir)
{
    m_folder->setText(dir);
    m_folderEdited = true;
    Q_EMIT completeChanged();
}

void ClassesPage::setClassNames(const QStringList& names)
{
    for (int i = 0; i < names.size(); ++i) {
        if (i >= m_classes->count())
            addClassRow();
        m_classes->item(i)->setText(names[i]);
    }
    while (m_classes->count() > names.size()) {
        m_classes->setCurrentRow(m_classes->count() - 1);
        removeCurrentClass();
    }
    Q_EMIT completeChanged();
}

QStringList ClassesPage::classNames() const
{
    QStringList names;
    for (int i = 0; i < m_classes->count(); ++i)
        names << m_classes->item(i)->text().trimmed();
    return names;
}

QListWidgetItem* ClassesPage::addClassRow(const QString& name, bool edit)
{
    auto* item = new QListWidgetItem(name, m_classes);
    item->setFlags(item->flags() | Qt::ItemIsEditable);
    m_classes->setCurrentItem(item);
    if (edit && isVisible())
        m_classes->editItem(item);
    Q_EMIT completeChanged();
    return item;
}

void ClassesPage::removeCurrentClass()
{
    QListWidgetItem* item = m_classes->currentItem();
    if (!item)
        return;
    const QString original = item->data(kOriginalRole).toString();
    if (!original.isEmpty()) {
        const int index = m_wizard->document()->classes().indexOf(original);
        if (m_wizard->document()->counts().value(index) > 0) {
            showProblem(tr("'%1' already has pictures, so it stays. Remove them on the Dataset tab first if you really want it gone.")
                            .arg(original));
            return;
        }
        m_removed << original;
    }
    delete item;
    Q_EMIT completeChanged();
}

QString ClassesPage::problem() const
{
    if (m_name->text().trimmed().isEmpty())
        return tr("Give the classifier a name.");
    if (m_folder->text().trimmed().isEmpty())
        return tr("Choose a folder for it.");
    const QStringList names = classNames();
    QStringList seen;
    int named = 0;
    for (const QString& name : names) {
        if (name.isEmpty())
            continue;
        ++named;
        if (const QString unsafe = Project::unsafeClassName(name); !unsafe.isEmpty())
            return tr("'%1' cannot be a class name: %2").arg(name, unsafe);
        if (seen.contains(name, Qt::CaseInsensitive))
            return tr("'%1' appears twice.").arg(name);
        seen << name;
    }
    if (named < 2)
        return tr("Name at least two classes: a classifier chooses between things.");
    return {};
}

bool ClassesPage::isComplete() const
{
    return problem().isEmpty();
}

void ClassesPage::showProblem(const QString& text)
{
    m_problem->setText(text);
}

bool ClassesPage::validatePage()
{
    if (const QString p = problem(); !p.isEmpty()) {
        showProblem(p);
        return false;
    }
    ProjectDocument* document = m_wizard->document();
    QStringList names;
    for (const QString& n : classNames())
        if (!n.isEmpty())
            names << n;

    if (!m_wizard->property("projectReady").toBool()) {
        const QString dir = QDir::cleanPath(QDir::fromNativeSeparators(m_folder->text().trimmed()));
        if (QFileInfo::exists(QDir(dir).filePath(Project::fileName()))) {
            showProblem(tr("%1 already holds a project: choose another folder, or open that project with File ▸ Open project.")
                            .arg(QDir::toNativeSeparators(dir)));
            return false;
        }
        if (QFileInfo(dir).isDir() && !QDir(dir).isEmpty()) {
            showProblem(tr("%1 is not empty: choose a new or empty folder.").arg(QDir::toNativeSeparators(dir)));
            return false;
        }
        auto project = Project::create(dir, m_name->text().trimmed());
        if (!project) {
            showProblem(project.error());
            return false;
        }
        project->setClasses(names);
        for (const QString& name : names)
            QDir().mkpath(QDir(project->imagesDir()).filePath(name));
        if (const Status saved = project->save(); !saved) {
            showProblem(saved.error());
            return false;
        }
        if (const Status opened = document->open(dir); !opened) {
            showProblem(opened.error());
            return false;
        }
        m_wizard->setProperty("projectReady", true);
        for (int i = 0; i < m_classes->count(); ++i)
            m_classes->item(i)->setData(kOriginalRole, m_classes->item(i)->text().trimmed());
        m_name->setEnabled(false);
        m_folder->setEnabled(false);
        m_browse->setEnabled(false);
        showProblem({});
        return true;
    }

    // The project exists: removed, renamed and new classes, each through the document.
    for (const QString& name : std::as_const(m_removed)) {
        const int index = document->classes().indexOf(name);
        if (index >= 0)
            if (const Status removed = document->removeEmptyClass(index); !removed) {
                showProblem(removed.error());
                return false;
            }
    }
    m_removed.clear();
    for (int i = 0; i < m_classes->count(); ++i) {
        QListWidgetItem* item = m_classes->item(i);
        const QString name = item->text().trimmed();
        const QString original = item->data(kOriginalRole).toString();
        if (name.isEmpty())
            continue;
        if (original.isEmpty())
            document->addClass(name);
        else if (original != name)
            document->renameClass(document->classes().indexOf(original), name);
        if (!document->classes().contains(name)) {
            showProblem(tr("The class '%1' could not be set up; see the status bar.").arg(name));
            return false;
        }
        item->setData(kOriginalRole, name);
    }
    showProblem({});
    return true;
}

void ClassesPage::chooseFolder()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("A new or empty folder for the classifier"));
    if (!dir.isEmpty())
        setFolder(QDir::toNativeSeparators(dir));
}

} // namespace picta
