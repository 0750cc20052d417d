#include "MainWindow.h"

#include "settings/AppIdentity.h"
#include "settings/Language.h"
#include "settings/Settings.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    AppIdentity::apply();
    QApplication::setDesktopFileName(QStringLiteral("org.leadbench.Leadbench"));

    // The settings file can be chosen on the command line, whose help is translated: find it first.
    QString settingsFile;
    const QStringList args = QApplication::arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        if ((args.at(i) == QStringLiteral("--settings") || args.at(i) == QStringLiteral("-settings")) && i + 1 < args.size())
            settingsFile = args.at(i + 1);
        else if (args.at(i).startsWith(QStringLiteral("--settings=")))
            settingsFile = args.at(i).mid(11);
    }
    {
        const Settings early(settingsFile);
        Language::apply(early.value(Settings::Key::Language).toString());
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Leadbench: an offline-first sales and marketing workbench."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringList{QStringLiteral("db")},
                                      QCoreApplication::translate("main", "Open the workspace at PATH (created if "
                                                                          "missing) instead of the last one used."),
                                      QStringLiteral("PATH"));
    parser.addOption(dbOption);
    const QCommandLineOption settingsOption(QStringList{QStringLiteral("settings")},
                                            QCoreApplication::translate("main", "Read and write settings in FILE."),
                                            QStringLiteral("FILE"));
    parser.addOption(settingsOption);
    parser.process(app);

    Settings settings(parser.value(settingsOption));
    MainWindow window(settings);
    window.show();
    if (parser.isSet(dbOption)) {
        if (!window.openWorkspace(parser.value(dbOption), true))
            window.showWorkspaces();
    } else {
        window.openAtStart();
    }
    return app.exec();
}
