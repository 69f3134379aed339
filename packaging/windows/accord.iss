; Inno Setup script for Accord on Windows (Inno Setup 6.2 or newer).
;
; NOT BUILT OR TESTED on the Linux build machine: Inno Setup runs on Windows only.
;
; Build, on Windows, from the repository root:
;   py -3.11 -m venv .venv && .venv\Scripts\pip install -e ".[build]"
;   .venv\Scripts\python packaging\build.py        (makes dist\Accord\ and a .zip)
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 packaging\windows\accord.iss
; Output: dist\Accord-0.1.0-windows-x64-setup.exe
;
; What it does: installs dist\Accord\ (Accord.exe, the windowed app; accord-cli.exe, the same
; program for a terminal and `accord-cli --self-test`) for the current user by default, so
; no administrator rights are needed (an administrator can choose "all users"); adds a
; Start-menu entry, an optional desktop icon, and an uninstaller. The user's data lives in
; %LOCALAPPDATA%\Accord\Accord and is never removed by the uninstaller.
; For a USB stick, skip the installer: unzip the .zip and put an empty file named
; accord-portable.txt next to Accord.exe (docs/installers.md, "Portable mode").
; Code signing: sign Accord.exe, accord-cli.exe and the setup .exe with signtool before
; distributing (SignTool= directive); unsigned installers trigger SmartScreen warnings.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Accord"
#define AppExe "Accord.exe"
#define SourceDir "..\..\dist\Accord"

[Setup]
AppId={{1502122E-CB1A-4C33-A09C-5CA1C407AD08}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Accord
AppComments=Offline AI governance library and readiness self-assessment
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Per-user install unless an administrator asks for all users: many officials' laptops
; give them no administrator rights.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist
OutputBaseFilename={#AppName}-{#AppVersion}-windows-x64-setup
SetupIconFile=..\icons\accord.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2/ultra64
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"
Name: "arabic"; MessagesFile: "compiler:Languages\Arabic.isl"
Name: "russian"; MessagesFile: "compiler:Languages\Russian.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole one-folder bundle. A portable marker or AccordData\ left in dist\ by a test run
; must not be installed.
Source: "{#SourceDir}\*"; DestDir: "{app}"; Excludes: "accord-portable.txt,AccordData\*"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only what the program itself may have written inside its own folder (a search index
; cache is kept in the user's data folder, not here). User data is never deleted.
Type: filesandordirs; Name: "{app}\__pycache__"
