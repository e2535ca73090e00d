using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace CounterNode.Node.Devices.Scanning.Evdev;

/// <summary>
/// <c>ioctl(fd, EVIOCGRAB, 1)</c>: takes the input device exclusively, so scanned keystrokes do
/// not also reach a console or desktop. The grab ends when the file is closed.
/// </summary>
internal static partial class EvdevGrab
{
    /// <summary>EVIOCGRAB = _IOW('E', 0x90, int).</summary>
    public const uint EviocGrab = 0x40044590;

    /// <summary>Grabs the device; returns 0 or the errno (ENOTTY 25 on something that is not an input device).</summary>
    public static int TryGrab(SafeFileHandle handle)
    {
        ArgumentNullException.ThrowIfNull(handle);
        var added = false;
        try
        {
            handle.DangerousAddRef(ref added);
            var fd = (int)handle.DangerousGetHandle();
            return Ioctl(fd, EviocGrab, 1) == 0 ? 0 : Marshal.GetLastPInvokeError();
        }
        finally
        {
            if (added)
            {
                handle.DangerousRelease();
            }
        }
    }

    // The request is unsigned long in glibc; the argument is passed by value (an int flag).
    [DllImport("libc", EntryPoint = "ioctl", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Ioctl(int fd, nuint request, nint argument);
}
