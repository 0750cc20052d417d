#pragma once

// Names the application for QStandardPaths and QSettings, the same for the GUI and the CLI so both
// find the same default workspace and settings.
namespace AppIdentity {
void apply();
const char *version();
} // namespace AppIdentity
