using System.IO.Ports;

namespace CounterNode.Node.Devices.Transports;

/// <summary>
/// Line settings of a serial device. Pole displays and scanners default to 9600 8N1 without
/// flow control. DTR and RTS are deliberately not part of this: setting them throws on a
/// pseudo-terminal (the simulators), and the devices here do not need them.
/// </summary>
/// <param name="BaudRate">Bits per second.</param>
/// <param name="Parity">Parity.</param>
/// <param name="DataBits">Data bits (5-8).</param>
/// <param name="StopBits">Stop bits.</param>
/// <param name="Handshake">Flow control.</param>
public sealed record SerialLineSettings(int BaudRate = 9600, Parity Parity = Parity.None, int DataBits = 8, StopBits StopBits = StopBits.One, Handshake Handshake = Handshake.None);
