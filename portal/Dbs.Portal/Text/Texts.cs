namespace Dbs.Portal.Text;

/// <summary>
/// The portal's texts: the Danish text is the key (what the pages show by default), and <c>Texts.en.resx</c> beside
/// this class holds the English. A text with no English entry is shown in Danish.
/// </summary>
public sealed class Texts
{
    private Texts()
    {
    }
}
