package org.kinbridge.matching.placement;

import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

/**
 * Keeps the slimmer test applications of other tests (an in-process MongoDB, a fixed
 * clock) out of the component scan, so that the placement ITs run the service as it is
 * deployed. Public for the ITs of other packages that start the whole service.
 */
public class ServiceContextOnly extends TypeExcludeFilter {

	@Override
	public boolean match(MetadataReader reader, MetadataReaderFactory factory) {
		return reader.getClassMetadata().getClassName().endsWith("TestApplication");
	}

	@Override
	public boolean equals(Object other) {
		return other != null && other.getClass() == getClass();
	}

	@Override
	public int hashCode() {
		return getClass().hashCode();
	}

}
