package org.kinbridge.analytics.stream;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.kinbridge.analytics.pseudonym.AgeBand;

/**
 * The kinds of field an allow-list may let through. Each rule checks the shape of what it
 * copies: a code must look like a code and a commune like a commune code, so a producer
 * that writes prose or a name into a code field is refused rather than published.
 */
final class Fields {

	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_.]{0,63}");

	private static final Pattern COMMUNE = Pattern.compile("\\d{5}");

	private static final Pattern PROVINCE = Pattern.compile("\\d{2}");

	private Fields() {
	}

	/** An id, replaced by its keyed pseudonym under the same name. */
	static FieldRule id(String field, String kind) {
		return id(field, field, kind);
	}

	static FieldRule id(String field, String as, String kind) {
		return (source, record, context) -> {
			JsonNode value = source.get(field);
			if (value != null && value.isTextual()) {
				record.put(as, context.pseudonymiser().pseudonym(kind, value.asText()));
			}
		};
	}

	/**
	 * An id that is unique only within another one (a referral within its case): its
	 * pseudonym is made of both, so two cases' first referrals do not share one.
	 */
	static FieldRule idWithin(String field, String scopeField, String kind) {
		return (source, record, context) -> {
			JsonNode value = source.get(field);
			JsonNode scope = source.get(scopeField);
			if (value != null && value.isTextual() && scope != null && scope.isTextual()) {
				record.put(field, context.pseudonymiser().pseudonym(kind, scope.asText() + "/" + value.asText()));
			}
		};
	}

	/** A list of ids, each replaced by its keyed pseudonym; empty for a missing one. */
	static FieldRule ids(String field, String kind) {
		return (source, record, context) -> {
			ArrayNode out = record.putArray(field);
			JsonNode values = source.get(field);
			if (values != null && values.isArray()) {
				values.forEach(value -> {
					if (value.isTextual()) {
						out.add(context.pseudonymiser().pseudonym(kind, value.asText()));
					}
				});
			}
		};
	}

	/** A value of a code list, such as {@code KINSHIP} or {@code RETURNED_TO_PARENTS}. */
	static FieldRule code(String field) {
		return (source, record, context) -> {
			JsonNode value = source.get(field);
			if (value != null && value.isTextual()) {
				record.put(field, requireCode(field, value.asText()));
			}
		};
	}

	/** A list of code-list values; the record gets an empty list for a missing one. */
	static FieldRule codes(String field) {
		return (source, record, context) -> {
			ArrayNode out = record.putArray(field);
			JsonNode values = source.get(field);
			if (values != null && values.isArray()) {
				values.forEach(value -> out.add(requireCode(field, value.asText())));
			}
		};
	}

	static FieldRule commune(String field) {
		return place(field, COMMUNE, "a five-digit commune code");
	}

	static FieldRule province(String field) {
		return place(field, PROVINCE, "a two-digit province code");
	}

	private static FieldRule place(String field, Pattern pattern, String what) {
		return (source, record, context) -> {
			JsonNode value = source.get(field);
			if (value != null && value.isTextual()) {
				if (!pattern.matcher(value.asText()).matches()) {
					throw new UnpublishableEventException(field + " is not " + what);
				}
				record.put(field, value.asText());
			}
		};
	}

	static FieldRule integer(String field) {
		return (source, record, context) -> {
			JsonNode value = source.get(field);
			if (value != null && value.isIntegralNumber()) {
				record.put(field, value.asInt());
			}
		};
	}

	static FieldRule bool(String field) {
		return (source, record, context) -> {
			JsonNode value = source.get(field);
			if (value != null && value.isBoolean()) {
				record.put(field, value.asBoolean());
			}
		};
	}

	/** How many entries a list has, instead of the entries. */
	static FieldRule count(String field, String as) {
		return (source, record, context) -> {
			JsonNode value = source.get(field);
			record.put(as, (value != null && value.isArray()) ? value.size() : 0);
		};
	}

	/** Whether a field is set, instead of its value. */
	static FieldRule present(String field, String as) {
		return (source, record, context) -> {
			JsonNode value = source.get(field);
			record.put(as, value != null && !value.isNull());
		};
	}

	/** A day, or an instant reduced to its day in Vietnam: no time of day leaves. */
	static FieldRule day(String field, String as) {
		return (source, record, context) -> {
			LocalDate day = dayOf(source.get(field));
			if (day != null) {
				record.put(as, day.toString());
			}
		};
	}

	/** The age band on the day of the event, from a birth date or an estimated age. */
	static FieldRule ageBand(String dateOfBirthField, String estimatedAgeField) {
		return (source, record, context) -> {
			LocalDate born = (dateOfBirthField != null) ? dayOf(source.get(dateOfBirthField)) : null;
			JsonNode estimated = (estimatedAgeField != null) ? source.get(estimatedAgeField) : null;
			record.put("ageBand", AgeBand.of(born,
					(estimated != null && estimated.isIntegralNumber()) ? estimated.asInt() : null, context.on()));
		};
	}

	/** A nested object with its own allow-list. */
	static FieldRule object(String field, FieldRule... rules) {
		return (source, record, context) -> {
			JsonNode value = source.get(field);
			if (value != null && value.isObject()) {
				ObjectNode out = record.putObject(field);
				for (FieldRule rule : rules) {
					rule.apply(value, out, context);
				}
			}
		};
	}

	/** A list of objects, each through the same allow-list. */
	static FieldRule each(String field, FieldRule... rules) {
		return (source, record, context) -> {
			ArrayNode out = record.putArray(field);
			JsonNode values = source.get(field);
			if (values != null && values.isArray()) {
				for (JsonNode value : values) {
					ObjectNode element = out.addObject();
					for (FieldRule rule : List.of(rules)) {
						rule.apply(value, element, context);
					}
				}
			}
		};
	}

	/** The group codes of a list of objects, without anything else they carry. */
	static FieldRule codesOf(String field, String codeField, String as) {
		return (source, record, context) -> {
			ArrayNode out = record.putArray(as);
			JsonNode values = source.get(field);
			if (values != null && values.isArray()) {
				values.forEach(value -> {
					JsonNode code = value.get(codeField);
					if (code != null && code.isTextual()) {
						out.add(requireCode(as, code.asText()));
					}
				});
			}
		};
	}

	static LocalDate dayOf(JsonNode value) {
		if (value == null || !value.isTextual()) {
			return null;
		}
		String text = value.asText();
		try {
			return (text.length() == 10) ? LocalDate.parse(text) : LocalDate.ofInstant(Instant.parse(text), VIETNAM);
		}
		catch (DateTimeParseException ex) {
			throw new UnpublishableEventException(
					"'" + text.substring(0, Math.min(text.length(), 40)) + "' is neither a day nor an instant");
		}
	}

	private static String requireCode(String field, String value) {
		if (!CODE.matcher(value).matches()) {
			// The value itself stays out of the message: it may be exactly what must not
			// leak.
			throw new UnpublishableEventException(field + " holds something that is not a code");
		}
		return value;
	}

}
