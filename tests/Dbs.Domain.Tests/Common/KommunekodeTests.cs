using Dbs.Domain.Common;
using Dbs.Domain.Municipalities;

namespace Dbs.Domain.Tests.Common;

public sealed class KommunekodeTests
{
    [Theory]
    [InlineData("101")] // København
    [InlineData("147")] // Frederiksberg
    [InlineData("791")] // Viborg
    [InlineData("860")] // Hjørring
    [InlineData("400")] // Bornholm
    public void Codes_of_Danish_municipalities_are_valid(string code) => Assert.True(Kommunekode.IsValid(code));

    [Theory]
    [InlineData("102")]
    [InlineData("999")]
    [InlineData("100")]
    public void Well_formed_codes_that_name_no_municipality_are_invalid(string code)
    {
        Assert.True(Kommunekode.IsWellFormed(code));
        Assert.False(Kommunekode.IsValid(code));
        Assert.Contains("not the code of a Danish municipality", Kommunekode.Create(code).Error!.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("79")]
    [InlineData("7910")]
    [InlineData("79a")]
    [InlineData("091")]
    [InlineData(null)]
    public void Anything_but_three_digits_is_not_a_kommunekode(string? code)
    {
        Assert.False(Kommunekode.IsValid(code));
        Assert.Contains("three digits", Kommunekode.Create(code).Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_reference_list_has_98_municipalities_in_five_regions_with_62_members_and_not_Frederiksberg()
    {
        Assert.Equal(98, MunicipalityReference.All.Count);
        Assert.Equal(5, MunicipalityReference.All.Select(m => m.RegionCode).Distinct().Count());
        Assert.Equal(62, MunicipalityReference.All.Count(m => m.IsMember));
        Assert.False(MunicipalityReference.ByCode["147"].IsMember);
        Assert.All(MunicipalityReference.MemberCodes, code => Assert.True(Kommunekode.IsValid(code), code));
    }

    [Fact]
    public void The_known_municipal_CVR_numbers_are_valid_and_belong_to_the_right_municipalities()
    {
        Assert.Equal("Københavns Kommune", MunicipalityReference.ByCode["101"].Name);
        Assert.Equal("Aarhus Kommune", MunicipalityReference.ByCode["751"].Name);
        Assert.Equal("Viborg Kommune", MunicipalityReference.ByCode["791"].Name);
        Assert.All(MunicipalityReference.KnownCvrs.Values, cvr => Assert.True(Cvr.IsValid(cvr)));
        Assert.Equal(3, MunicipalityReference.All.Count(m => m.Cvr is not null));
    }
}
