package org.kinbridge.cases.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * The code lists that vary by province, read once at start-up from YAML: today the
 * special-circumstance groups (see {@code kinbridge/code-lists/special-circumstances.yml}
 * for the format). A broken file stops the service with a one-line reason rather than
 * letting intake accept or refuse codes at random.
 */
@Component
public class CodeLists {

	public static final String DEFAULT_LOCATION = "classpath:kinbridge/code-lists/special-circumstances.yml";

	private final List<SpecialCircumstanceGroup> defaults;

	private final Map<String, List<SpecialCircumstanceGroup>> byProvince = new LinkedHashMap<>();

	public CodeLists(@Value("${kinbridge.code-lists.special-circumstances:" + DEFAULT_LOCATION
			+ "}") Resource specialCircumstances) {
		String source = specialCircumstances.getDescription();
		Map<String, Object> root = read(specialCircumstances);
		this.defaults = List.copyOf(new ListReader(source).groups(root.get("default"), "default", List.of()));
		Object provinces = root.get("provinces");
		if (provinces != null) {
			for (Map.Entry<String, Object> province : map(provinces, source + " provinces").entrySet()) {
				String code = province.getKey();
				if (!code.matches("\\d{2}")) {
					throw new IllegalStateException(
							source + ": provinces." + code + " is not a two-digit province code");
				}
				this.byProvince.put(code, List
					.copyOf(new ListReader(source).groups(province.getValue(), "provinces." + code, this.defaults)));
			}
		}
	}

	/**
	 * @param provinceCode the caller's province
	 * @return the groups and sub-groups that province uses
	 */
	public List<SpecialCircumstanceGroup> specialCircumstances(String provinceCode) {
		return this.byProvince.getOrDefault(provinceCode, this.defaults);
	}

	/**
	 * @param provinceCode the caller's province
	 * @param group a group code
	 * @param subGroup a sub-group code, or {@code null}
	 * @return what is wrong with the pair, empty when the province's list has it; the
	 * message never repeats the codes, which come from the caller
	 */
	public Optional<String> problemWithSpecialCircumstance(String provinceCode, String group, String subGroup) {
		Optional<SpecialCircumstanceGroup> found = specialCircumstances(provinceCode).stream()
			.filter((candidate) -> candidate.code().equals(group))
			.findFirst();
		if (found.isEmpty()) {
			return Optional.of("is not a special-circumstance group of province " + provinceCode);
		}
		if (subGroup != null && found.get().subGroup(subGroup).isEmpty()) {
			return Optional.of("is not a sub-group of that group in province " + provinceCode);
		}
		return Optional.empty();
	}

	private static Map<String, Object> read(Resource resource) {
		try (InputStream in = resource.getInputStream()) {
			Object loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
			return map(loaded, resource.getDescription());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the code list " + resource.getDescription(), ex);
		}
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Object value, String where) {
		if (!(value instanceof Map<?, ?> map)) {
			throw new IllegalStateException(where + " must be a mapping");
		}
		Map<String, Object> result = new LinkedHashMap<>();
		map.forEach((key, entry) -> result.put(String.valueOf(key), entry));
		return result;
	}

	/** Reads one list of groups, and applies it to a base list when it is an override. */
	private record ListReader(String source) {

		List<SpecialCircumstanceGroup> groups(Object value, String where, List<SpecialCircumstanceGroup> base) {
			if (!(value instanceof List<?> entries)) {
				throw new IllegalStateException(this.source + ": " + where + " must be a list of groups");
			}
			Map<String, SpecialCircumstanceGroup> groups = new LinkedHashMap<>();
			base.forEach((group) -> groups.put(group.code(), group));
			Set<String> seen = new HashSet<>();
			for (int i = 0; i < entries.size(); i++) {
				String at = where + "[" + i + "]";
				Map<String, Object> entry = map(entries.get(i), this.source + ": " + at);
				String code = code(entry, at, null);
				if (!seen.add(code)) {
					throw new IllegalStateException(this.source + ": " + at + " repeats the group " + code);
				}
				SpecialCircumstanceGroup known = groups.get(code);
				if (Boolean.TRUE.equals(entry.get("retired"))) {
					groups.remove(code);
					continue;
				}
				List<SpecialCircumstanceGroup.SubGroup> subGroups = subGroups(entry.get("subGroups"), at, code,
						(known != null) ? known.subGroups() : List.of());
				String name = text(entry, "name", (known != null) ? known.name() : null, at);
				Object lawPoint = entry.getOrDefault("lawPoint", (known != null) ? known.lawPoint() : null);
				groups.put(code,
						new SpecialCircumstanceGroup(code, (lawPoint != null) ? String.valueOf(lawPoint) : null, name,
								text(entry, "en", (known != null) ? known.en() : name, at), subGroups));
			}
			return new ArrayList<>(groups.values());
		}

		private List<SpecialCircumstanceGroup.SubGroup> subGroups(Object value, String where, String groupCode,
				List<SpecialCircumstanceGroup.SubGroup> base) {
			Map<String, SpecialCircumstanceGroup.SubGroup> subGroups = new LinkedHashMap<>();
			base.forEach((subGroup) -> subGroups.put(subGroup.code(), subGroup));
			if (value == null) {
				return new ArrayList<>(subGroups.values());
			}
			if (!(value instanceof List<?> entries)) {
				throw new IllegalStateException(this.source + ": " + where + ".subGroups must be a list");
			}
			for (int i = 0; i < entries.size(); i++) {
				String at = where + ".subGroups[" + i + "]";
				Map<String, Object> entry = map(entries.get(i), this.source + ": " + at);
				String code = code(entry, at, groupCode + ".");
				SpecialCircumstanceGroup.SubGroup known = subGroups.get(code);
				if (Boolean.TRUE.equals(entry.get("retired"))) {
					subGroups.remove(code);
					continue;
				}
				String name = text(entry, "name", (known != null) ? known.name() : null, at);
				subGroups.put(code,
						new SpecialCircumstanceGroup.SubGroup(code, name,
								text(entry, "en", (known != null) ? known.en() : name, at),
								!Boolean.FALSE.equals(entry.get("verified"))));
			}
			return new ArrayList<>(subGroups.values());
		}

		private String code(Map<String, Object> entry, String at, String requiredPrefix) {
			Object code = entry.get("code");
			if (!(code instanceof String text) || !text.matches("[A-Z][A-Z0-9_]*(\\.[A-Z][A-Z0-9_]*)?")) {
				throw new IllegalStateException(
						this.source + ": " + at + ".code must be an upper-case code such as ORPHANED");
			}
			if (requiredPrefix != null && !text.startsWith(requiredPrefix)) {
				throw new IllegalStateException(
						this.source + ": " + at + ".code must start with its group, " + requiredPrefix);
			}
			if (requiredPrefix == null && text.contains(".")) {
				throw new IllegalStateException(this.source + ": " + at + ".code of a group cannot contain a dot");
			}
			return text;
		}

		private String text(Map<String, Object> entry, String field, String fallback, String at) {
			Object value = entry.get(field);
			if (value == null) {
				if (fallback == null) {
					throw new IllegalStateException(this.source + ": " + at + "." + field + " is missing");
				}
				return fallback;
			}
			return String.valueOf(value);
		}

	}

}
