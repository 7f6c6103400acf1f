; The CertDesk setup program for Windows x64: certdesk-<version>-win32-x86_64-setup.exe.
;
; Built on Linux by makensis (Debian package nsis, 3.08) in the product build (product/pom.xml, profile
; windows-native) from the materialized Windows installation, which already holds certdesk.exe.
;
; - Per user, without administrator rights: installs into %LOCALAPPDATA%\Programs\CertDesk, registers
;   under HKCU, puts CertDesk in the user's Start menu.
; - Upgrading in place: a newer setup into the same folder replaces the program files (plugins,
;   features, configuration) and leaves everything else alone; settings and workspaces are never in the
;   installation folder (they live in %USERPROFILE%\.certdesk and in the workspace folders the user
;   chose), so they survive upgrades and the uninstaller.
; - Silent: setup.exe /S [/D=folder]; uninstall.exe /S.
;
; makensis -INPUTCHARSET UTF8 -DVERSION=0.1.0 -DSOURCE=<win32 installation> -DICON=certdesk.ico \
;          -DOUTFILE=setup.exe installer.nsi

Unicode true
Target amd64-unicode
!include MUI2.nsh
!include LogicLib.nsh
!include FileFunc.nsh

!ifndef VERSION
  !error "define VERSION"
!endif
!ifndef SOURCE
  !error "define SOURCE: the materialized Windows installation"
!endif
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\CertDesk"
!define APP_KEY "Software\CertDesk"

Name "CertDesk ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\CertDesk"
InstallDirRegKey HKCU "${APP_KEY}" "InstallDir"
RequestExecutionLevel user
ManifestDPIAware true
ManifestSupportedOS all
; the bundles are jars, already compressed: zlib is as small as solid LZMA here and 15 times faster
SetCompressor zlib
ShowInstDetails nevershow
ShowUninstDetails nevershow
BrandingText "CertDesk ${VERSION}"

VIProductVersion "${VERSION}.0"
VIFileVersion "${VERSION}.0"
VIAddVersionKey /LANG=1033 "ProductName" "CertDesk"
VIAddVersionKey /LANG=1033 "FileDescription" "CertDesk setup"
VIAddVersionKey /LANG=1033 "CompanyName" "CertDesk"
VIAddVersionKey /LANG=1033 "LegalCopyright" "CertDesk contributors"
VIAddVersionKey /LANG=1033 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=1033 "ProductVersion" "${VERSION}"

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\certdesk.exe"
!define MUI_FINISHPAGE_NOREBOOTSUPPORT

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

; The first language is the default; Windows' UI language chooses between them.
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "Japanese"

; The program files of an installation: removed before an upgrade copies the new ones, and by the uninstaller.
!macro REMOVE_PROGRAM_FILES
  RMDir /r "$INSTDIR\plugins"
  RMDir /r "$INSTDIR\features"
  RMDir /r "$INSTDIR\configuration"
  RMDir /r "$INSTDIR\p2"
  Delete "$INSTDIR\artifacts.xml"
  Delete "$INSTDIR\eclipse.ini"
  Delete "$INSTDIR\logging.properties"
  Delete "$INSTDIR\certdesk.exe"
  Delete "$INSTDIR\certdesk.cmd"
  Delete "$INSTDIR\certdesk.ico"
  Delete "$INSTDIR\headless.jar"
!macroend

Function .onInit
  SetShellVarContext current
  SetRegView 64
FunctionEnd

Function un.onInit
  SetShellVarContext current
  SetRegView 64
FunctionEnd

Section "CertDesk" SecMain
  SectionIn RO
  SetOutPath "$INSTDIR"
  ; an upgrade in place: the previous version's bundles must not stay next to the new ones
  !insertmacro REMOVE_PROGRAM_FILES
  File /r "${SOURCE}\*.*"
  File "${ICON}"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateShortcut "$SMPROGRAMS\CertDesk.lnk" "$INSTDIR\certdesk.exe" "" "$INSTDIR\certdesk.ico" 0 SW_SHOWNORMAL "" "CertDesk"

  WriteRegStr HKCU "${APP_KEY}" "InstallDir" "$INSTDIR"
  WriteRegStr HKCU "${APP_KEY}" "Version" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "CertDesk"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "CertDesk"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\certdesk.ico"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" $0
SectionEnd

Section "Uninstall"
  Delete "$SMPROGRAMS\CertDesk.lnk"
  !insertmacro REMOVE_PROGRAM_FILES
  Delete "$INSTDIR\uninstall.exe"
  ; only when empty: files the user put there stay
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  DeleteRegKey HKCU "${APP_KEY}"
SectionEnd
