using CounterNode.Hub.Board;
using CounterNode.Hub.Departments;

namespace CounterNode.Hub.Tests.Departments;

public sealed class DepartmentOptionsTests
{
    [Fact]
    public void Malformed_department_accounts_are_refused_with_the_setting_named_and_no_hash_printed()
    {
        var options = new DepartmentOptions();
        options.Accounts.Add(new DepartmentAccount { UserName = "sotuphap", PasswordHash = "sotuphap", Department = "STP" });
        options.Accounts.Add(new DepartmentAccount { UserName = "SoTuPhap", PasswordHash = SupervisorPasswordHasher.Hash("x", 1000), Department = "Sở Tư pháp" });

        var result = new DepartmentOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains("Hub:Departments:Accounts:0:PasswordHash", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("Hub:Departments:Accounts:1:Department", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("same UserName twice", result.FailureMessage, StringComparison.Ordinal);
        Assert.DoesNotContain("pbkdf2-sha256$1000$", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void The_demo_department_accounts_in_appsettings_verify_and_name_their_departments()
    {
        var dir = new DirectoryInfo(Path.GetDirectoryName(SourceFile())!);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "CounterNode.sln")))
            dir = dir.Parent;
        Assert.NotNull(dir);
        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(dir.FullName, "src", "Hub", "appsettings.json")));
        var accounts = json.RootElement.GetProperty("Hub").GetProperty("Departments").GetProperty("Accounts");

        var stp = accounts.EnumerateArray().Single(a => a.GetProperty("UserName").GetString() == "sotuphap");
        Assert.Equal("STP", stp.GetProperty("Department").GetString());
        Assert.True(SupervisorPasswordHasher.Verify("sotuphap", stp.GetProperty("PasswordHash").GetString()!));
    }

    private static string SourceFile([System.Runtime.CompilerServices.CallerFilePath] string path = "") => path;
}
