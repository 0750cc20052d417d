#include "WorkspaceDialog.h"

#include "shell/Icons.h"
#include "workspace/Workspace.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
QString fileFilter()
{
    return WorkspaceDialog::tr("Leadbench workspaces (*.leadbench);;All files (*)");
}
} // namespace

WorkspaceDialog::WorkspaceDialog(const QStringList &recent, const QString &current, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("workspaceDialog"));
    setWindowTitle(tr("Workspaces"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Recent workspaces:"), this));
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("recentWorkspaces"));
    m_list->setAccessibleName(tr("Recent workspaces"));
    m_list->setIconSize(QSize(32, 32));
    for (const QString &path : recent) {
        const QFileInfo info(path);
        QString detail;
        if (!info.exists())
            detail = tr("missing");
        else
            detail = tr("%1 MB, changed %2")
                         .arg(QLocale().toString(double(info.size()) / 1e6, 'f', 1),
                              QLocale().toString(info.lastModified(), QLocale::ShortFormat));
        auto *item = new QListWidgetItem(Icons::icon(Icons::Glyph::App),
                                         info.completeBaseName() + QStringLiteral("\n") + QDir::toNativeSeparators(path)
                                             + QStringLiteral(" — ") + detail,
                                         m_list);
        item->setData(Qt::UserRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
        if (!info.exists())
            item->setForeground(Qt::gray);
        if (QFileInfo(path) == QFileInfo(current))
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);
    layout->addWidget(m_list, 1);

    auto *buttons = new QHBoxLayout;
    m_open = new QPushButton(tr("&Open"), this);
    m_open->setObjectName(QStringLiteral("openSelectedWorkspace"));
    m_open->setDefault(true);
    auto *browse = new QPushButton(Icons::icon(Icons::Glyph::Open), tr("Open &file…"), this);
    browse->setObjectName(QStringLiteral("browseWorkspace"));
    auto *create = new QPushButton(Icons::icon(Icons::Glyph::NewWorkspace), tr("&New…"), this);
    create->setObjectName(QStringLiteral("newWorkspace"));
    auto *defaultButton = new QPushButton(tr("&Default workspace"), this);
    defaultButton->setObjectName(QStringLiteral("defaultWorkspace"));
    defaultButton->setToolTip(QDir::toNativeSeparators(Workspace::defaultPath()));
    m_forget = new QPushButton(tr("&Remove from list"), this);
    m_forget->setObjectName(QStringLiteral("forgetWorkspace"));
    m_forget->setToolTip(tr("Removes the entry from this list; the file stays where it is."));
    buttons->addWidget(m_open);
    buttons->addWidget(browse);
    buttons->addWidget(create);
    buttons->addWidget(defaultButton);
    buttons->addStretch(1);
    buttons->addWidget(m_forget);
    layout->addLayout(buttons);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    layout->addWidget(close);

    connect(m_open, &QPushButton::clicked, this, &WorkspaceDialog::openSelected);
    connect(m_list, &QListWidget::itemActivated, this, &WorkspaceDialog::openSelected);
    connect(browse, &QPushButton::clicked, this, &WorkspaceDialog::browse);
    connect(create, &QPushButton::clicked, this, &WorkspaceDialog::createNew);
    connect(defaultButton, &QPushButton::clicked, this, &WorkspaceDialog::openDefault);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_forget, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem *item = m_list->currentItem()) {
            emit forgetRequested(item->data(Qt::UserRole).toString());
            delete item;
        }
    });
    auto updateButtons = [this] {
        m_open->setEnabled(m_list->currentItem() != nullptr);
        m_forget->setEnabled(m_list->currentItem() != nullptr);
    };
    connect(m_list, &QListWidget::currentItemChanged, this, updateButtons);
    updateButtons();
    resize(640, 400);
}

void WorkspaceDialog::choose(const QString &path, bool create)
{
    m_path = path;
    m_create = create;
    accept();
}

void WorkspaceDialog::openSelected()
{
    if (QListWidgetItem *item = m_list->currentItem())
        choose(item->data(Qt::UserRole).toString(), false);
}

void WorkspaceDialog::browse()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open workspace"), QDir::homePath(), fileFilter());
    if (!path.isEmpty())
        choose(path, false);
}

void WorkspaceDialog::createNew()
{
    QString path = QFileDialog::getSaveFileName(this, tr("New workspace"), QDir::homePath() + tr("/leads.leadbench"),
                                                fileFilter());
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".leadbench");
    choose(path, true);
}

void WorkspaceDialog::openDefault()
{
    choose(Workspace::defaultPath(), true);
}
