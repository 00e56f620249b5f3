package org.studytrip.programme;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestQuery;
import org.studytrip.common.text.Language;

/** What every export of the programme is asked with: its language, and the revalidation and codings the client has. */
public class ExportParameters {

    @RestQuery
    @Parameter(description = "The language to write the export in; without it, the best of Accept-Language, else "
            + "English. Texts missing in that language are given in English.",
            schema = @Schema(type = SchemaType.STRING, enumeration = {"en", "zh", "ko"}))
    public String lang;

    @RestHeader("Accept-Language")
    @Parameter(description = "Languages the reader prefers (RFC 9110), used when lang is not given.",
            schema = @Schema(type = SchemaType.STRING, maxLength = 200, examples = "zh-CN,zh;q=0.9,en;q=0.5"))
    public String acceptLanguage;

    @RestHeader("If-None-Match")
    public String ifNoneMatch;

    @RestHeader("Accept-Encoding")
    @Parameter(hidden = true)
    public String acceptEncoding;

    public Language language() {
        return Language.choose(lang, acceptLanguage);
    }
}
