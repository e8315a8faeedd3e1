package org.kinbridge.analytics;

import java.util.List;

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.beans.factory.support.RootBeanDefinition;

/**
 * Registers one bean of a handler class per event type, its first constructor argument
 * given and the rest autowired: the platform's listener finds handlers as beans, one type
 * each, and the types here come from a list rather than from a class per type.
 *
 * @param handlerClass the handler class
 * @param firstArguments one first constructor argument per bean
 * @param namePrefix the beans' name prefix
 */
public record HandlersPerType(Class<?> handlerClass, List<?> firstArguments,
		String namePrefix) implements BeanDefinitionRegistryPostProcessor {

	@Override
	public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
		int index = 0;
		for (Object argument : this.firstArguments) {
			RootBeanDefinition handler = new RootBeanDefinition(this.handlerClass);
			handler.getConstructorArgumentValues().addIndexedArgumentValue(0, argument);
			handler.setAutowireMode(RootBeanDefinition.AUTOWIRE_CONSTRUCTOR);
			registry.registerBeanDefinition(this.namePrefix + ":" + index++, handler);
		}
	}

	@Override
	public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
	}

}
