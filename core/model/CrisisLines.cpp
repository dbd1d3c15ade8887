#include "CrisisLines.h"

#include <algorithm>
#include <array>
#include <cstddef>

// Every number below was confirmed on the page named as its source, on the
// date given. docs/CRISIS_LINES.md lists the same entries with notes (hours,
// regions, call costs) and the candidates that were left out. Change both
// together, and never add a number without a source and a date.

namespace holdfast {

namespace {

constexpr std::string_view kChecked = "2026-12-07";

constexpr std::array kArgentinaLines{
    CrisisLine{"Dispositivo de Orientación y Apoyo en la Urgencia de Salud Mental", "0800 999 0091", "",
               "https://www.cba24n.com.ar/sociedad/"
               "se-habilito-linea-telefonica-nacional-y-gratuita-para-urgencias-de-salud-mental_"
               "a631b4db37e12b42cd076b8cf",
               kChecked},
    CrisisLine{"Centro de Asistencia al Suicida", "135", "",
               "https://www.clarin.com/sociedad/trabajo-voluntarios-centro-asistencia-suicida_0_4kRXygcXW.html",
               kChecked},
    CrisisLine{"Centro de Asistencia al Suicida", "011 5275-1135", "",
               "https://elauditor.info/actualidad/-es-muy-importante-la-tarea-de-prevencion-del-suicidio-_"
               "a603ce26796773412c05b098e",
               kChecked},
};

constexpr std::array kAustriaLines{
    CrisisLine{"TelefonSeelsorge", "142", "https://www.telefonseelsorge.at",
               "https://rtr.at/TKP/was_wir_tun/telekommunikation/konsumentenservice/information/"
               "informationen_fuer_konsumenten/TKKS_Notrufe.de.html",
               kChecked},
};

constexpr std::array kAustraliaLines{
    CrisisLine{"Lifeline", "13 11 14", "https://www.lifeline.org.au",
               "https://www.lifeline.org.au/About-Lifeline/Want-to-know-more-about-Lifeline-/Lifeline-Information",
               kChecked},
};

constexpr std::array kBelgiumLines{
    CrisisLine{"Zelfmoordlijn 1813", "1813", "https://www.zelfmoord1813.be",
               "https://zelfmoordlijn1813.be/over-deze-website-en-de-organisaties", kChecked},
    CrisisLine{"Centre de Prévention du Suicide", "0800 32 123", "https://www.preventionsuicide.be",
               "https://www.preventionsuicide.be/actualites/"
               "le-centre-de-prevention-du-suicide-publie-son-rapport-dactivites-2022",
               kChecked},
};

constexpr std::array kCanadaLines{
    CrisisLine{"9-8-8: Suicide Crisis Helpline", "988", "https://988.ca",
               "https://www.canada.ca/en/services/health/stay-connected/healthy-canadians-podcast/list/"
               "988-part-one-about-canadas-suicide-crisis-helpline.html",
               kChecked},
};

constexpr std::array kSwitzerlandLines{
    CrisisLine{"Die Dargebotene Hand / La Main Tendue / Telefono Amico", "143", "https://www.143.ch",
               "https://ch.ch/en/road-accident-what-should-i-do", kChecked},
};

constexpr std::array kGermanyLines{
    CrisisLine{"TelefonSeelsorge", "0800 111 0 111", "https://www.telefonseelsorge.de",
               "https://www.domradio.de/glossar/telefonseelsorge-0", kChecked},
    CrisisLine{"TelefonSeelsorge", "0800 111 0 222", "https://www.telefonseelsorge.de",
               "https://www.domradio.de/glossar/telefonseelsorge-0", kChecked},
};

constexpr std::array kSpainLines{
    CrisisLine{"Línea 024 de atención a la conducta suicida", "024", "",
               "https://www.rtve.es/noticias/20220509/sanidad-presenta-telefono-prevencion-suicidio/2347183.shtml",
               kChecked},
};

constexpr std::array kFranceLines{
    CrisisLine{"3114, numéro national de prévention du suicide", "3114", "https://3114.fr",
               "https://www.mayotte.ars.sante.fr/3114-le-numero-national-de-prevention-du-suicide", kChecked},
};

constexpr std::array kUnitedKingdomLines{
    CrisisLine{"Samaritans", "116 123", "https://www.samaritans.org",
               "https://www.samaritans.org/how-we-can-help/contact-samaritan/", kChecked},
};

constexpr std::array kIrelandLines{
    CrisisLine{"Samaritans", "116 123", "https://www.samaritans.org",
               "https://www.samaritans.org/your-community/samaritans-ireland-scotland-and-wales/"
               "samaritans-ireland/journey",
               kChecked},
};

constexpr std::array kMexicoLines{
    CrisisLine{"Línea de la Vida", "800 911 2000", "",
               "https://www.eluniversal.com.mx/nacion/"
               "promueven-la-linea-de-la-vida-tras-presentar-encuesta-sobre-consumo-de-drogas-asi-puedes-pedir-ayuda/",
               kChecked},
};

constexpr std::array kNewZealandLines{
    CrisisLine{"Need to talk? 1737", "1737", "",
               "https://www.health.govt.nz/news-media/news-items/phone-counselling-service-busy-following-christchurch-tragedy",
               kChecked},
};

constexpr std::array kUnitedStatesLines{
    CrisisLine{"988 Suicide & Crisis Lifeline", "988", "https://988lifeline.org",
               "https://www.samhsa.gov/find-help/988/faqs", kChecked},
};

// Sorted by code; the checks below fail the build otherwise.
constexpr std::array kCountries{
    CrisisCountry{"AR", "911",
                  "https://lanacion.com.ar/seguridad/"
                  "fondos-y-capacitacion-apoyaran-a-las-provincias-para-que-el-sistema-de-emergencia-911-funcione-en-"
                  "nid04042022",
                  kArgentinaLines},
    CrisisCountry{"AT", "112",
                  "https://rtr.at/TKP/was_wir_tun/telekommunikation/konsumentenservice/information/"
                  "informationen_fuer_konsumenten/TKKS_Notrufe.de.html",
                  kAustriaLines},
    CrisisCountry{"AU", "000", "https://www.qld.gov.au/emergency/emergencies-services/assistance/triple-000",
                  kAustraliaLines},
    CrisisCountry{"BE", "112", "https://www.police.be/5998/fr/contact/numeros-durgence", kBelgiumLines},
    CrisisCountry{"CA", "911", "https://crtc.gc.ca/eng/phone/911/can.htm", kCanadaLines},
    CrisisCountry{"CH", "112", "https://ch.ch/en/road-accident-what-should-i-do", kSwitzerlandLines},
    CrisisCountry{"DE", "112", "https://www.baden-baden.de/buergerservice/notlagen/unfaelle/feuerwehr-und-polizei/",
                  kGermanyLines},
    CrisisCountry{"ES", "112", "https://www.boe.es/buscar/doc.php?id=BOE-A-1997-14058", kSpainLines},
    CrisisCountry{"FR", "112", "https://www.service-public.fr/particuliers/vosdroits/F33954", kFranceLines},
    CrisisCountry{"GB", "999", "https://www.devon-cornwall.police.uk/youth/8-10/phoning-999/", kUnitedKingdomLines},
    CrisisCountry{"IE", "112", "https://www.kildarestreet.com/wrans/?id=2025-11-25a.1853", kIrelandLines},
    CrisisCountry{"MX", "911", "https://www.gob.mx/policiafederal/articulos/088-911-responder-ante-cualquier-llamado",
                  kMexicoLines},
    CrisisCountry{"NZ", "111", "https://www.govt.nz/browse/crime-and-justice/crimes-and-emergencies/111-emergency-service/",
                  kNewZealandLines},
    CrisisCountry{"US", "911",
                  "https://health.wyo.gov/publichealth/prevention/wivpp/suicide-prevention/988-suicide-crisis-lifeline",
                  kUnitedStatesLines},
};

constexpr CrisisLine kInternationalDirectory{"Find A Helpline", "", "https://findahelpline.com",
                                             "https://findahelpline.com/AU", kChecked};

constexpr bool isHttps(std::string_view url)
{
    return url.starts_with("https://") && url.size() > 8;
}

constexpr bool isIsoDate(std::string_view date)
{
    if (date.size() != 10 || date[4] != '-' || date[7] != '-')
        return false;
    for (std::size_t i = 0; i < date.size(); ++i) {
        if (i == 4 || i == 7)
            continue;
        if (date[i] < '0' || date[i] > '9')
            return false;
    }
    return true;
}

constexpr bool isCountryCode(std::string_view code)
{
    return code.size() == 2 && code[0] >= 'A' && code[0] <= 'Z' && code[1] >= 'A' && code[1] <= 'Z';
}

constexpr bool isComplete(const CrisisLine &line)
{
    return !line.name.empty() && !line.number.empty() && isHttps(line.source) && isIsoDate(line.checked)
        && (line.website.empty() || isHttps(line.website));
}

// Every entry has a code, an emergency number with a source and at least one
// complete line, and the codes are strictly ascending (sorted, no duplicate).
constexpr bool isWellFormed()
{
    for (std::size_t i = 0; i < kCountries.size(); ++i) {
        const CrisisCountry &country = kCountries[i];
        if (!isCountryCode(country.code) || country.emergency.empty() || !isHttps(country.emergencySource)
            || country.lines.empty())
            return false;
        if (i > 0 && !(kCountries[i - 1].code < country.code))
            return false;
        for (const CrisisLine &line : country.lines) {
            if (!isComplete(line))
                return false;
        }
    }
    return true;
}

static_assert(isWellFormed(), "CrisisLines: every country needs a sourced emergency number and complete lines, "
                              "sorted by code without duplicates");
static_assert(isHttps(kInternationalDirectory.website) && isHttps(kInternationalDirectory.source)
                  && isIsoDate(kInternationalDirectory.checked),
              "CrisisLines: the international directory needs a website, a source and a date");

constexpr char upperAscii(char c)
{
    return (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
}

bool sameCode(std::string_view code, std::string_view query)
{
    return code.size() == query.size()
        && std::equal(code.begin(), code.end(), query.begin(), [](char a, char b) { return a == upperAscii(b); });
}

} // namespace

const CrisisCountry *CrisisLines::forCountry(std::string_view code)
{
    const auto found = std::find_if(kCountries.begin(), kCountries.end(),
                                    [code](const CrisisCountry &country) { return sameCode(country.code, code); });
    return found == kCountries.end() ? nullptr : &*found;
}

std::span<const CrisisCountry> CrisisLines::all()
{
    return kCountries;
}

const CrisisLine &CrisisLines::internationalDirectory()
{
    return kInternationalDirectory;
}

} // namespace holdfast
