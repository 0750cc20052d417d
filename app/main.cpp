#include "MainWindow.h"

#include "settings/AppIdentity.h"
#include "settings/Settings.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    AppIdentity::apply();
    QApplication::setDesktopFileName(QStringLiteral("org.leadbench.Leadbench"));

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("leadbench"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

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
