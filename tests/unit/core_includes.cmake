# Run by the unit test core_includes (cmake -DCORE_DIR=... -P core_includes.cmake): fails, naming
# each offending line, when a file in src/core includes a Qt Widgets or Qt Network header, or
# reads standard input. The core is what the window, the headless commands and the
# ThreadSanitizer build all link; widgets belong in src/gui, sockets and the terminal in src/cli.
if(NOT CORE_DIR OR NOT IS_DIRECTORY "${CORE_DIR}")
    message(FATAL_ERROR "core_includes: CORE_DIR (src/core) not given or not a directory")
endif()

# Module includes (<QtWidgets>, <QtNetwork/QTcpSocket>) and the class headers of both modules
# a core file could plausibly reach for. QCoreApplication is fine; QApplication and
# QGuiApplication are not.
set(module "Qt(Widgets|Network|Gui)")
set(widgets "Q(Widget|Dialog|MainWindow|Application|GuiApplication|Action|AbstractItemView|\
MessageBox|PushButton|Label|LineEdit|TableView|TreeView|ListView|StyledItemDelegate|DockWidget|\
FileDialog|Menu|MenuBar|StatusBar|ToolBar|Layout|BoxLayout|HBoxLayout|VBoxLayout|GridLayout)")
set(network "Q(TcpSocket|TcpServer|UdpSocket|HostAddress|HostInfo|AbstractSocket|LocalSocket|\
LocalServer|Ssl[A-Za-z]*|Network[A-Za-z]*|DnsLookup|DnsTextRecord|Http[A-Za-z]*|SctpSocket|\
SctpServer|Dtls[A-Za-z]*)")
set(pattern "^[ \t]*#[ \t]*include[ \t]*[<\"](${module}(/[A-Za-z]+)?|${widgets}|${network})[>\"]")

file(GLOB_RECURSE files LIST_DIRECTORIES false "${CORE_DIR}/*.h" "${CORE_DIR}/*.cpp")
set(offending "")
foreach(file IN LISTS files)
    # Include lines hold no ";", so they come back whole; their numbers are counted in the text.
    file(STRINGS "${file}" matches REGEX "${pattern}")
    if(NOT matches)
        continue()
    endif()
    file(READ "${file}" content)
    file(RELATIVE_PATH name "${CORE_DIR}/../.." "${file}")
    foreach(line IN LISTS matches)
        string(FIND "${content}" "${line}" at)
        string(SUBSTRING "${content}" 0 ${at} before)
        string(REGEX MATCHALL "\n" newlines "${before}")
        list(LENGTH newlines number)
        math(EXPR number "${number} + 1")
        string(APPEND offending "\n  ${name}:${number}: ${line}")
    endforeach()
endforeach()
# No terminal either: standard input belongs to the headless commands (src/cli, LineReader).
foreach(file IN LISTS files)
    file(STRINGS "${file}" matches REGEX "(STDIN_FILENO|std::cin|(^|[^A-Za-z_])stdin([^A-Za-z_]|$))")
    file(RELATIVE_PATH name "${CORE_DIR}/../.." "${file}")
    foreach(line IN LISTS matches)
        string(APPEND offending "\n  ${name}: reads standard input: ${line}")
    endforeach()
endforeach()
list(LENGTH files count)
if(offending)
    message(FATAL_ERROR "src/core must not include Qt Widgets or Qt Network headers nor read "
                        "standard input (widgets go to src/gui, sockets and the terminal to "
                        "src/cli):${offending}")
endif()
message(STATUS "core_includes: ${count} files in src/core, no widget or network header, no "
               "standard input")
