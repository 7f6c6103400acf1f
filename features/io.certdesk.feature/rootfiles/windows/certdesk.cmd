@echo off
rem CertDesk start script for Windows.
rem   certdesk                 open the workbench
rem   certdesk <command> ...   run a headless command (certdesk help lists them)
rem Needs a Java 21 or newer runtime: %CERTDESK_JAVA%, then %JAVA_HOME%, then java on PATH, then the
rem usual install locations. Extra JVM options: %CERTDESK_VM_OPTIONS%.
setlocal EnableExtensions EnableDelayedExpansion
set "CERTDESK_MIN_JAVA=21"
set "CERTDESK_HOME=%~dp0"
if "%CERTDESK_HOME:~-1%"=="\" set "CERTDESK_HOME=%CERTDESK_HOME:~0,-1%"
set "JAVA_EXE="
set "REJECTED="

if defined CERTDESK_JAVA call :try "%CERTDESK_JAVA%"
if not defined JAVA_EXE if defined JAVA_HOME call :try "%JAVA_HOME%\bin\java.exe"
if not defined JAVA_EXE for /f "delims=" %%J in ('where java.exe 2^>nul') do if not defined JAVA_EXE call :try "%%J"
if not defined JAVA_EXE for %%R in ("%ProgramFiles%\Eclipse Adoptium" "%ProgramFiles%\Java" "%ProgramFiles%\Microsoft" "%ProgramFiles%\Zulu" "%ProgramFiles%\Amazon Corretto" "%ProgramFiles%\BellSoft" "%LOCALAPPDATA%\Programs\Eclipse Adoptium") do (
  if not defined JAVA_EXE if exist "%%~R" for /f "delims=" %%D in ('dir /b /ad /o-n "%%~R" 2^>nul') do (
    if not defined JAVA_EXE call :try "%%~R\%%D\bin\java.exe"
  )
)

if not defined JAVA_EXE (
  >&2 echo CertDesk needs Java %CERTDESK_MIN_JAVA% or newer, and none was found.
  if defined REJECTED >&2 echo Too old:!REJECTED!
  >&2 echo Install a Java %CERTDESK_MIN_JAVA%+ runtime, for example Eclipse Temurin 21 from https://adoptium.net
  >&2 echo ^(winget install EclipseAdoptium.Temurin.21.JRE^), or set JAVA_HOME to it.
  exit /b 1
)

set "LAUNCHER="
rem dir /b rather than a quoted wildcard in "for": Wine's cmd matches no quoted wildcard
for /f "delims=" %%L in ('dir /b /a-d "%CERTDESK_HOME%\plugins\org.eclipse.equinox.launcher_*.jar" 2^>nul') do if not defined LAUNCHER set "LAUNCHER=%CERTDESK_HOME%\plugins\%%L"
if not defined LAUNCHER (
  >&2 echo CertDesk is incomplete: no org.eclipse.equinox.launcher jar under %CERTDESK_HOME%\plugins. Reinstall CertDesk.
  exit /b 1
)

rem Start-up (docs\user-guide.md, "Start-up"): the serial collector; short commands compile with C1 only.
set "VM_FAST=-XX:+UseSerialGC -XX:-UsePerfData"
set "KIND=headless"
set "SHORT="
if "%~1"=="" set "KIND=workbench"
if /i "%~1"=="gui" set "KIND=workbench"
if /i "%~1"=="demo" for %%A in (%*) do if /i "%%~A"=="--gui" set "KIND=workbench"
for %%C in (help --help -h status --version -V) do if /i "%~1"=="%%C" set "SHORT=yes"
if defined SHORT set "VM_FAST=%VM_FAST% -XX:TieredStopAtLevel=1"
rem Every other start keeps C2 (runs derive keys) but compiles with it only what stays hot far beyond start-up.
if not defined SHORT set "VM_FAST=%VM_FAST% -XX:Tier4InvocationThreshold=50000 -XX:Tier4MinInvocationThreshold=6000 -XX:Tier4CompileThreshold=150000 -XX:Tier4BackEdgeThreshold=400000"

set "CLI="
for /f "delims=" %%L in ('dir /b /a-d "%CERTDESK_HOME%\plugins\io.certdesk.cli_*.jar" 2^>nul') do if not defined CLI set "CLI=%%L"

rem certdesk --version (or -V) alone: a plain main class of the command-line bundle answers, without OSGi.
set "VERSION_ONLY="
if "%~2"=="" if /i "%~1"=="--version" set "VERSION_ONLY=yes"
if "%~2"=="" if "%~1"=="-V" set "VERSION_ONLY=yes"
if defined VERSION_ONLY if defined CLI (
  "%JAVA_EXE%" %VM_FAST% -Dfile.encoding=UTF-8 %CERTDESK_VM_OPTIONS% -cp "%CERTDESK_HOME%\plugins\!CLI!" io.certdesk.cli.internal.VersionMain
  exit /b !ERRORLEVEL!
)

rem Headless commands start plainly (docs\architecture.md, "Start-up"): headless.jar puts the bundles they use on the
rem class path and HeadlessMain wires the same components the OSGi framework would, without starting it, so that the
rem class-data-sharing archive below holds all of a command's classes. CERTDESK_OSGI=1 starts them through the framework.
rem So does a command line with an option of the framework's launcher other than -nl (-data, -consoleLog, ...).
set "FRAMEWORK_OPTION="
for %%A in (%*) do for %%O in (-application -arch -clean -clearPersistedState -configuration -console -consoleLog -data -debug -dev -initialize -install -keyring -noExit -noLazyRegistryCacheLoading -noRegistryCache -noSplash -os -password -persistState -pluginCustomization -product -showSplash -user -vm -vmargs -ws) do if /i "%%~A"=="%%O" set "FRAMEWORK_OPTION=yes"
set "PLAIN="
if "%KIND%"=="headless" if not defined FRAMEWORK_OPTION if not "%CERTDESK_OSGI%"=="1" if exist "%CERTDESK_HOME%\headless.jar" set "PLAIN=yes"
rem One class-data archive per command (below): a dynamic archive holds the classes of the start that made it, and
rem "run" loads thousands that "help" never does. The command is the first word that is not -nl or its value.
set "COMMAND=%~1"
if /i "%~1"=="-nl" set "COMMAND=%~3"
if not defined COMMAND set "COMMAND=other"
if "!COMMAND:~0,1!"=="-" set "COMMAND=other"
rem anything but lower-case letters, digits and hyphens: "other"
for /f "delims=abcdefghijklmnopqrstuvwxyz0123456789-" %%X in ("!COMMAND!") do set "COMMAND=other"
if defined PLAIN set "KIND=plain-!COMMAND:~0,24!"
rem the bundled SQLite and JNA load native libraries from the class path's unnamed module
if defined PLAIN set "VM_FAST=%VM_FAST% --enable-native-access=ALL-UNNAMED"
rem A headless command started through the framework runs at start level 4: the workbench's bundles (level 5) stay
rem unstarted.
if "%KIND%"=="headless" set "VM_FAST=%VM_FAST% -Dosgi.startLevel=4"

rem Class-data sharing: an archive of the classes a start loads, made on the first start of this version on this
rem Java in the user's own cache folder (%LOCALAPPDATA% is the user's alone), mapped afterwards. CERTDESK_NO_CDS=1: off.
set "CDS="
if not "%CERTDESK_NO_CDS%"=="1" if defined LOCALAPPDATA if defined CLI if %MAJOR% GEQ 19 (
  if not exist "%LOCALAPPDATA%\CertDesk\cache" mkdir "%LOCALAPPDATA%\CertDesk\cache" >nul 2>&1
  if exist "%LOCALAPPDATA%\CertDesk\cache" set "CDS="-XX:SharedArchiveFile=%LOCALAPPDATA%\CertDesk\cache\certdesk-!CLI:~16,-4!-java%MAJOR%-%KIND%.jsa" -XX:+AutoCreateSharedArchive -Xlog:cds=off -Xlog:cds+dynamic=off"
)

rem The language chosen in File > Preferences (docs\user-guide.md, "Preferences"): -nl ja or -nl en, unless the
rem command line gives -nl itself. The window writes it to %APPDATA%\CertDesk\language; no file: the system's language.
set "NL="
set "GIVEN_NL="
for %%A in (%*) do if /i "%%~A"=="-nl" set "GIVEN_NL=yes"
set "STORED="
rem for /f: the first word of the first line, whether it ends with LF or CR LF
if not defined GIVEN_NL if defined APPDATA if exist "%APPDATA%\CertDesk\language" for /f "usebackq tokens=1" %%L in ("%APPDATA%\CertDesk\language") do if not defined STORED set "STORED=%%L"
if "!STORED!"=="ja" set "NL=-nl ja"
if "!STORED!"=="en" set "NL=-nl en"

if defined PLAIN (
  "%JAVA_EXE%" -Xms64m -Xmx1g %VM_FAST% !CDS! -Dfile.encoding=UTF-8 "-Djava.util.logging.config.file=%CERTDESK_HOME%\logging.properties" -Dorg.slf4j.simpleLogger.defaultLogLevel=error %CERTDESK_VM_OPTIONS% -jar "%CERTDESK_HOME%\headless.jar" %NL% %*
  exit /b !ERRORLEVEL!
)
"%JAVA_EXE%" -Dosgi.requiredJavaVersion=%CERTDESK_MIN_JAVA% -Xms64m -Xmx1g %VM_FAST% !CDS! -Dfile.encoding=UTF-8 "-Djava.util.logging.config.file=%CERTDESK_HOME%\logging.properties" -Dorg.slf4j.simpleLogger.defaultLogLevel=error %CERTDESK_VM_OPTIONS% -jar "%LAUNCHER%" -install "%CERTDESK_HOME%" %NL% %*
exit /b %ERRORLEVEL%

:try
rem %1 = a java.exe; sets JAVA_EXE when it is Java %CERTDESK_MIN_JAVA% or newer
if not exist "%~1" exit /b 1
set "MAJOR="
rem "call" first: cmd /c would strip the quotes around a command line that starts with one
for /f "tokens=2 delims==" %%V in ('call "%~1" -XshowSettings:properties -version 2^>^&1 ^| findstr /c:"java.specification.version"') do set "MAJOR=%%V"
if defined MAJOR set "MAJOR=%MAJOR: =%"
if defined MAJOR for /f "tokens=1 delims=." %%M in ("%MAJOR%") do set "MAJOR=%%M"
set "NUMBER="
if defined MAJOR for /f "delims=0123456789" %%N in ("%MAJOR%") do set "NUMBER=no"
if defined MAJOR if not defined NUMBER if %MAJOR% GEQ %CERTDESK_MIN_JAVA% (
  set "JAVA_EXE=%~1"
  exit /b 0
)
if not defined MAJOR set "MAJOR=unknown"
set "REJECTED=!REJECTED! %~1 (Java !MAJOR!)"
exit /b 1
