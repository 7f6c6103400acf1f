; A stand-in for javaw.exe in the Wine tests of certdesk.exe (WindowsUnderWineTest): writes its own command
; line to args.txt next to it (UTF-16LE) and exits with code 3, so the test sees what certdesk.exe started
; and that certdesk.exe passes the exit code on.
Unicode true
Target amd64-unicode
Name "fake javaw"
OutFile "${OUTFILE}"
SilentInstall silent
RequestExecutionLevel user
Section
  FileOpen $0 "$EXEDIR\args.txt" w
  FileWriteWord $0 0xFEFF
  FileWriteUTF16LE $0 $CMDLINE
  FileClose $0
  SetErrorLevel 3
SectionEnd
