package com.fashionos.worker;

class GreetingActivitiesImpl implements GreetingActivities {

    @Override
    public String compose(String name) {
        return "Bonjour, " + name;
    }
}
