// The entry point of the build without the GUI (HOLDFAST_BUILD_GUI=OFF): the
// commands that print or convert and exit, on Qt Core, Sql and Network only.

#include "CoreDumps.h"

#include "headless/CommandLine.h"
#include "headless/HeadlessCommands.h"

using namespace holdfast;

int main(int argc, char *argv[])
{
    // An export or import may hold the passphrase and every text in memory.
    app::disableCoreDumps();
    app::CommandLineParser::describeApplication();
    return app::runCommandLine(argc, argv);
}
