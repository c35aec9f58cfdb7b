#include "app/cli.h"

int main(int argc, char** argv) { return claimcheck::app::Main(argc, argv); }
