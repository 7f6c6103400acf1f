; certdesk.exe: the Windows launcher of CertDesk, a 64-bit GUI-subsystem program.
;
; Built on Linux by makensis (Debian package nsis, 3.08) with the amd64-unicode stub, in the product
; build (product/pom.xml, profile windows-native). Why NSIS and not Launch4j: Launch4j 3.50 (the one on
; Maven Central) links a 32-bit x86 head, so its .exe is not a 64-bit program and does not run under a
; 64-bit-only Wine either; NSIS has a 64-bit stub, language tables and message boxes.
;
; What it does: finds a Java 21+ runtime (CERTDESK_JAVA, JAVA_HOME, the registry keys the Java
; installers write, the usual Program Files folders, PATH), then starts the Equinox launcher jar in the
; installation's plugins folder with javaw.exe, passes its own arguments on, and waits for it so that its
; exit code is CertDesk's. When there is no Java 21+, it says in a dialog (Japanese when Windows' UI
; language is Japanese, English otherwise) what to install and where, and exits with code 1.
; Each start writes %LOCALAPPDATA%\CertDesk\launcher.log (UTF-16): where it looked and what it found.
;
; makensis -INPUTCHARSET UTF8 -DVERSION=0.1.0 -DICON=certdesk.ico -DOUTFILE=certdesk.exe launcher.nsi

Unicode true
Target amd64-unicode
!include LogicLib.nsh
!include FileFunc.nsh
!include WordFunc.nsh

!ifndef VERSION
  !error "define VERSION (e.g. -DVERSION=0.1.0)"
!endif
!ifndef OUTFILE
  !define OUTFILE certdesk.exe
!endif
!define MIN_JAVA 21

Name "CertDesk"
Caption "CertDesk"
OutFile "${OUTFILE}"
Icon "${ICON}"
SilentInstall silent
RequestExecutionLevel user
ManifestDPIAware true
ManifestSupportedOS all
SetCompress off
XPStyle on

LoadLanguageFile "${NSISDIR}\Contrib\Language files\English.nlf"
LoadLanguageFile "${NSISDIR}\Contrib\Language files\Japanese.nlf"

VIProductVersion "${VERSION}.0"
VIFileVersion "${VERSION}.0"
VIAddVersionKey /LANG=${LANG_ENGLISH} "ProductName" "CertDesk"
VIAddVersionKey /LANG=${LANG_ENGLISH} "FileDescription" "CertDesk"
VIAddVersionKey /LANG=${LANG_ENGLISH} "CompanyName" "CertDesk"
VIAddVersionKey /LANG=${LANG_ENGLISH} "LegalCopyright" "CertDesk contributors"
VIAddVersionKey /LANG=${LANG_ENGLISH} "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "InternalName" "certdesk"
VIAddVersionKey /LANG=${LANG_ENGLISH} "OriginalFilename" "certdesk.exe"

LangString NoJava ${LANG_ENGLISH} "CertDesk needs Java ${MIN_JAVA} or newer (64-bit), and none was found on this computer.$\r$\n$\r$\nInstall a Java ${MIN_JAVA}+ runtime, for example Eclipse Temurin ${MIN_JAVA} (JRE, Windows x64, .msi) from https://adoptium.net/ , or with: winget install EclipseAdoptium.Temurin.${MIN_JAVA}.JRE$\r$\nThen start CertDesk again.$\r$\n$\r$\nA Java that is installed elsewhere: set JAVA_HOME (or CERTDESK_JAVA) to it."
LangString NoJava ${LANG_JAPANESE} "CertDesk には Java ${MIN_JAVA} 以降 (64 ビット) が必要ですが、このコンピューターには見つかりませんでした。$\r$\n$\r$\nJava ${MIN_JAVA} 以降のランタイムをインストールしてください。例: https://adoptium.net/ の Eclipse Temurin ${MIN_JAVA} (JRE、Windows x64、.msi)、またはコマンド winget install EclipseAdoptium.Temurin.${MIN_JAVA}.JRE$\r$\nその後、CertDesk をもう一度起動してください。$\r$\n$\r$\n別の場所にある Java を使うときは、環境変数 JAVA_HOME (または CERTDESK_JAVA) にそのフォルダーを設定してください。"
LangString TooOld ${LANG_ENGLISH} "Too old (needs Java ${MIN_JAVA}+):"
LangString TooOld ${LANG_JAPANESE} "古すぎる Java (${MIN_JAVA} 以降が必要):"
LangString Incomplete ${LANG_ENGLISH} "CertDesk is incomplete: there is no org.eclipse.equinox.launcher jar in $EXEDIR\plugins. Install CertDesk again."
LangString Incomplete ${LANG_JAPANESE} "CertDesk のインストールが不完全です。$EXEDIR\plugins に org.eclipse.equinox.launcher の jar がありません。CertDesk をインストールし直してください。"

Var Log        ; handle of launcher.log
Var JavaHome   ; the Java home that was chosen
Var Rejected   ; Java homes that were too old

; Writes one line to launcher.log.
!macro LOG text
  FileWriteUTF16LE $Log `${text}$\r$\n`
!macroend
!define LOG `!insertmacro LOG`

; $R9 = candidate Java home. Sets $JavaHome when it holds bin\javaw.exe and its release file says
; JAVA_VERSION >= MIN_JAVA.
Function TryJavaHome
  ${If} $JavaHome != ""
  ${OrIf} $R9 == ""
    Return
  ${EndIf}
  ${IfNot} ${FileExists} "$R9\bin\javaw.exe"
    ${LOG} "  no bin\javaw.exe: $R9"
    Return
  ${EndIf}
  StrCpy $R8 ""  ; major version
  ClearErrors
  FileOpen $R7 "$R9\release" r
  ${IfNot} ${Errors}
    ${Do}
      ClearErrors
      FileRead $R7 $R6
      ${If} ${Errors}
        ${Break}
      ${EndIf}
      StrCpy $R5 $R6 14
      ${If} $R5 == 'JAVA_VERSION="'
        StrCpy $R6 $R6 "" 14
        ${WordFind} $R6 "." "+1" $R8   ; "21.0.5" -> 21, "1.8.0_402" -> 1
        ${WordFind} $R8 '"' "+1" $R8   ; "25"     -> 25
        ${Break}
      ${EndIf}
    ${Loop}
    FileClose $R7
  ${EndIf}
  IntOp $R5 $R8 + 0
  ${If} $R5 >= ${MIN_JAVA}
    StrCpy $JavaHome $R9
    ${LOG} "  Java $R8 accepted: $R9"
  ${Else}
    StrCpy $Rejected "$Rejected$\r$\n  $R9 (Java $R8)"
    ${LOG} "  too old or no release file (Java '$R8'): $R9"
  ${EndIf}
FunctionEnd

; $R0 = root key name (HKLM or HKCU), $R1 = key whose subkeys are versions, $R2 = subkey below the
; version ("" or e.g. "hotspot\MSI"), $R3 = value naming the Java home.
!macro TRY_REGISTRY root key below value
  StrCpy $R4 0
  ${Do}
    ${If} $JavaHome != ""
      ${Break}
    ${EndIf}
    EnumRegKey $R5 ${root} "${key}" $R4
    ${If} $R5 == ""
      ${Break}
    ${EndIf}
    StrCpy $R6 "${key}\$R5"
    StrCmp "${below}" "" +2
      StrCpy $R6 "$R6\${below}"
    ReadRegStr $R9 ${root} $R6 "${value}"
    ${If} $R9 != ""
      ${LOG} "registry ${root}\$R6 ${value}"
      ; MSI paths end with a backslash
      StrCpy $R7 $R9 "" -1
      StrCmp $R7 "\" 0 +2
        StrCpy $R9 $R9 -1
      Call TryJavaHome
    ${EndIf}
    IntOp $R4 $R4 + 1
  ${Loop}
!macroend

; Every sub-folder of $R0 (a vendor folder such as C:\Program Files\Eclipse Adoptium), newest name first
; is not guaranteed: the first that holds a Java 21+ wins.
Function TryFolders
  ${IfNot} ${FileExists} "$R0\*.*"
    Return
  ${EndIf}
  ${LOG} "folder $R0"
  FindFirst $R1 $R2 "$R0\*"
  ${Do}
    ${If} $R2 == ""
    ${OrIf} $JavaHome != ""
      ${Break}
    ${EndIf}
    ${If} $R2 != "."
    ${AndIf} $R2 != ".."
    ${AndIf} ${FileExists} "$R0\$R2\bin\*.*"
      StrCpy $R9 "$R0\$R2"
      Call TryJavaHome
    ${EndIf}
    FindNext $R1 $R2
  ${Loop}
  FindClose $R1
FunctionEnd

Section
  SetShellVarContext current
  CreateDirectory "$LOCALAPPDATA\CertDesk"
  FileOpen $Log "$LOCALAPPDATA\CertDesk\launcher.log" w
  FileWriteWord $Log 0xFEFF
  ${LOG} "CertDesk launcher ${VERSION}: $EXEDIR"
  ${GetParameters} $0
  StrCpy $JavaHome ""
  StrCpy $Rejected ""

  ; 1. CERTDESK_JAVA (a java.exe or javaw.exe) and JAVA_HOME
  ReadEnvStr $1 CERTDESK_JAVA
  ${If} $1 != ""
    ${LOG} "CERTDESK_JAVA=$1"
    ${GetParent} $1 $2
    ${GetParent} $2 $R9
    Call TryJavaHome
  ${EndIf}
  ReadEnvStr $R9 JAVA_HOME
  ${If} $R9 != ""
    ${LOG} "JAVA_HOME=$R9"
    Call TryJavaHome
  ${EndIf}

  ; 2. the registry keys Java installers write (64-bit view), machine-wide then per user
  SetRegView 64
  !insertmacro TRY_REGISTRY HKLM "SOFTWARE\JavaSoft\JDK" "" "JavaHome"
  !insertmacro TRY_REGISTRY HKLM "SOFTWARE\JavaSoft\JRE" "" "JavaHome"
  !insertmacro TRY_REGISTRY HKLM "SOFTWARE\Eclipse Adoptium\JRE" "hotspot\MSI" "Path"
  !insertmacro TRY_REGISTRY HKLM "SOFTWARE\Eclipse Adoptium\JDK" "hotspot\MSI" "Path"
  !insertmacro TRY_REGISTRY HKLM "SOFTWARE\Microsoft\JDK" "hotspot\MSI" "Path"
  !insertmacro TRY_REGISTRY HKLM "SOFTWARE\Azul Systems\Zulu" "" "InstallationPath"
  !insertmacro TRY_REGISTRY HKCU "SOFTWARE\Eclipse Adoptium\JRE" "hotspot\MSI" "Path"
  !insertmacro TRY_REGISTRY HKCU "SOFTWARE\Eclipse Adoptium\JDK" "hotspot\MSI" "Path"

  ; 3. the usual install folders
  ${If} $JavaHome == ""
    StrCpy $R0 "$PROGRAMFILES64\Eclipse Adoptium"
    Call TryFolders
    StrCpy $R0 "$PROGRAMFILES64\Java"
    Call TryFolders
    StrCpy $R0 "$PROGRAMFILES64\Microsoft"
    Call TryFolders
    StrCpy $R0 "$PROGRAMFILES64\Zulu"
    Call TryFolders
    StrCpy $R0 "$PROGRAMFILES64\Amazon Corretto"
    Call TryFolders
    StrCpy $R0 "$PROGRAMFILES64\BellSoft"
    Call TryFolders
    StrCpy $R0 "$PROGRAMFILES64\Semeru"
    Call TryFolders
    StrCpy $R0 "$LOCALAPPDATA\Programs\Eclipse Adoptium"
    Call TryFolders
  ${EndIf}

  ; 4. javaw.exe on PATH
  ${If} $JavaHome == ""
    SearchPath $1 javaw.exe
    ${If} $1 != ""
      ${LOG} "PATH: $1"
      ${GetParent} $1 $2
      ${GetParent} $2 $R9
      Call TryJavaHome
    ${Else}
      ${LOG} "PATH: no javaw.exe"
    ${EndIf}
  ${EndIf}

  ${If} $JavaHome == ""
    ${LOG} "no Java ${MIN_JAVA}+ found"
    StrCpy $1 "$(NoJava)"
    ${If} $Rejected != ""
      StrCpy $1 "$1$\r$\n$\r$\n$(TooOld)$Rejected"
    ${EndIf}
    ${LOG} "$1"
    FileClose $Log
    MessageBox MB_OK|MB_ICONSTOP "$1"
    SetErrorLevel 1
    Quit
  ${EndIf}

  FindFirst $1 $2 "$EXEDIR\plugins\org.eclipse.equinox.launcher_*.jar"
  FindClose $1
  ${If} $2 == ""
    ${LOG} "$(Incomplete)"
    FileClose $Log
    MessageBox MB_OK|MB_ICONSTOP "$(Incomplete)"
    SetErrorLevel 1
    Quit
  ${EndIf}

  ReadEnvStr $3 CERTDESK_VM_OPTIONS
  ; a JVM crash log (command line, environment) goes to the user's own folder, never the installation folder; no core dump
  CreateDirectory "$LOCALAPPDATA\CertDesk\crash"
  ; start-up (docs\user-guide.md, "Start-up"): the serial collector, and class-data sharing with an archive made on the
  ; first start in the user's own cache folder (one for the workbench, one for commands); CERTDESK_NO_CDS=1: off
  StrCpy $6 "-XX:+UseSerialGC -XX:-UsePerfData"
  ; every start keeps C2 (runs derive keys) but compiles with it only what stays hot far beyond start-up
  StrCpy $6 "$6 -XX:Tier4InvocationThreshold=50000 -XX:Tier4MinInvocationThreshold=6000 -XX:Tier4CompileThreshold=150000 -XX:Tier4BackEdgeThreshold=400000"
  ReadEnvStr $7 CERTDESK_NO_CDS
  ${If} $7 != "1"
    StrCpy $7 "workbench"
    ${If} $0 != ""
      StrCpy $7 "headless"
    ${EndIf}
    CreateDirectory "$LOCALAPPDATA\CertDesk\cache"
    ${If} ${FileExists} "$LOCALAPPDATA\CertDesk\cache\*.*"
      StrCpy $6 '$6 "-XX:SharedArchiveFile=$LOCALAPPDATA\CertDesk\cache\certdesk-${VERSION}-$7.jsa" -XX:+AutoCreateSharedArchive -Xlog:cds=off -Xlog:cds+dynamic=off'
    ${EndIf}
  ${EndIf}
  ; the language chosen in File > Preferences (docs\user-guide.md, "Preferences"): -nl ja or -nl en from
  ; %APPDATA%\CertDesk\language (the window writes it), unless the command line gives -nl itself
  ClearErrors
  ${WordFind} " $0 " " -nl " "E+1{" $9
  ${If} ${Errors}
    ClearErrors
    FileOpen $9 "$APPDATA\CertDesk\language" r
    ${IfNot} ${Errors}
      FileRead $9 $8 2
      FileClose $9
      ${If} $8 == "ja"
      ${OrIf} $8 == "en"
        ${LOG} "language: $8"
        StrCpy $0 "-nl $8 $0"
      ${EndIf}
    ${EndIf}
  ${EndIf}
  StrCpy $4 '"$JavaHome\bin\javaw.exe" -Dosgi.requiredJavaVersion=${MIN_JAVA} -Xms64m -Xmx1g $6 -Dfile.encoding=UTF-8 "-XX:ErrorFile=$LOCALAPPDATA\CertDesk\crash\hs_err_pid%p.log" -XX:-CreateCoredumpOnCrash "-Djava.util.logging.config.file=$EXEDIR\logging.properties" -Dorg.slf4j.simpleLogger.defaultLogLevel=error $3 -jar "$EXEDIR\plugins\$2" -install "$EXEDIR" $0'
  ${LOG} "start: $4"
  FileClose $Log
  ExecWait $4 $5
  SetErrorLevel $5
SectionEnd
