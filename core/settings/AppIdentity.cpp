#include "AppIdentity.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace AppIdentity {

void apply()
{
    QCoreApplication::setOrganizationName(u"Leadbench"_s);
    QCoreApplication::setOrganizationDomain(u"leadbench.org"_s);
    QCoreApplication::setApplicationName(u"Leadbench"_s);
    QCoreApplication::setApplicationVersion(QString::fromLatin1(version()));
}

const char *version()
{
    return LEADBENCH_VERSION;
}

} // namespace AppIdentity
