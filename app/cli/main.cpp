#include "Cli.h"

#include "settings/AppIdentity.h"
#include "settings/Language.h"
#include "settings/Settings.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    AppIdentity::apply();

    // The language chosen in the settings, else the system's (LANGUAGE, LC_ALL, LC_MESSAGES, LANG);
    // --lang overrides both (Cli::run).
    Language::apply(Settings().value(Settings::Key::Language).toString());

    QTextStream out(stdout);
    QTextStream err(stderr);
    Cli cli(out, err);
    const int code = cli.run(QCoreApplication::arguments().mid(1));
    out.flush();
    err.flush();
    return code;
}
